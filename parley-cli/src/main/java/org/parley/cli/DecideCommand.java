package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.DeterminationJson;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.rules.request.InvalidRequestException;
import org.parley.screening.Screener;
import org.parley.screening.match.NameScreener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley decide}: decides releases under the EAR (contracts.md §2). Reads one JSON request or
 * JSON Lines of requests from a file or standard input; prints one JSON line per request with
 * {@code --json}, otherwise a readable explanation. Screens against {@code --lists PATH} or the stored
 * lists. Exit code 0 when every request was decided, 1 when some batch lines were invalid (the others
 * are still decided), 2 for bad input.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = "Decide a release under the EAR as of its date, with citations and a trace.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every request decided", "1:some batch lines were invalid (the rest decided)", "2:bad input"})
public final class DecideCommand implements Callable<Integer> {
    static final int INVALID_REQUEST = 1;
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ListsOption lists;

    @Option(names = "--json", description = "Print one JSON determination per request (contracts.md §2).")
    private boolean json;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            description = "Screening score at or above which a hit counts (default ${DEFAULT-VALUE}).")
    private double threshold = DecisionEngine.DEFAULT_THRESHOLD;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE|-",
            description = "Request file (JSON object or JSON Lines); '-' or none reads standard input.")
    private String input = "-";

    private final Function<ListsOption, Screener> screeners;
    private final InputStream stdin;

    /** The command as {@code parley decide} runs it: the name matcher over the chosen lists, stdin. */
    public DecideCommand() {
        this(chosen -> NameScreener.of(chosen.snapshot()), System.in);
    }

    /** @param screeners builds the screener over the lists that {@code --lists} / {@code --data} choose */
    DecideCommand(Function<ListsOption, Screener> screeners, InputStream stdin) {
        this.screeners = Objects.requireNonNull(screeners, "screeners");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() throws IOException {
        if (threshold < 0 || threshold > 1) {
            throw new UserError("--threshold must be between 0 and 1, got " + threshold);
        }
        // Read the requests before the lists: a missing file should not cost a full index build.
        List<JsonNode> requests = requests(read());
        var engine = new DecisionEngine(Regulations.load(), screeners.apply(lists), threshold);
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (JsonNode request : requests) {
            allValid &= decideOne(engine, request, out);
        }
        out.flush();
        if (allValid) {
            return 0;
        }
        return requests.size() == 1 ? BAD_INPUT : INVALID_REQUEST;
    }

    private boolean decideOne(DecisionEngine engine, JsonNode request, PrintWriter out) {
        String id = request != null && request.path("id").isString()
                ? request.path("id").asString()
                : null;
        try {
            Determination determination = engine.decide(new DecisionRequestReader().read(request));
            out.println(
                    json
                            ? DeterminationJson.write(DeterminationJson.toJson(determination))
                            : Explanation.of(determination));
            return true;
        } catch (InvalidRequestException e) {
            out.println(
                    json
                            ? DeterminationJson.write(DeterminationJson.error(id, e.field(), e.getMessage()))
                            : (id == null ? "" : id + ": ") + "invalid request: " + e.getMessage()
                                    + System.lineSeparator());
            return false;
        }
    }

    private String read() throws IOException {
        if (input.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new UserError("request file not found: " + file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** One JSON object, or JSON Lines; a line that is not JSON becomes null (reported as invalid). */
    static List<JsonNode> requests(String text) {
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            JsonNode whole = mapper.readTree(text);
            if (whole != null && whole.isObject()) {
                return List.of(whole);
            }
        } catch (JacksonException e) {
            // not a single JSON document: read it as JSON Lines below
        }
        List<JsonNode> requests = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                requests.add(mapper.readTree(line));
            } catch (JacksonException e) {
                requests.add(null);
            }
        }
        return requests;
    }
}
