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
import picocli.CommandLine.Command;
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
 * {@code --json}, otherwise a readable explanation. Exit code 0 when every request was decided, 1
 * when at least one was invalid (the others are still decided), 2 for usage errors.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = "Decide a release under the EAR as of its date, with citations and a trace.")
public final class DecideCommand implements Callable<Integer> {
    static final int INVALID_REQUEST = 1;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--lists",
            paramLabel = "PATH",
            description = "List snapshot to screen against (CSL CSV/JSON, OFAC folder, UN XML, or a folder of these).")
    private Path lists;

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

    private final Function<Path, Screener> screeners;
    private final InputStream stdin;

    /** @param screeners builds the screener over the lists at a path (null path: the stored lists) */
    public DecideCommand(Function<Path, Screener> screeners, InputStream stdin) {
        this.screeners = Objects.requireNonNull(screeners, "screeners");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() throws IOException {
        var engine = new DecisionEngine(Regulations.load(), screeners.apply(lists), threshold);
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (JsonNode request : requests(read())) {
            allValid &= decideOne(engine, request, out);
        }
        out.flush();
        return allValid ? 0 : INVALID_REQUEST;
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
        return Files.readString(Path.of(input), StandardCharsets.UTF_8);
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
