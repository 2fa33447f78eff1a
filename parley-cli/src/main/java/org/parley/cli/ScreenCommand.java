package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;
import org.parley.screening.match.NameScreener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley screen}: screens one name, or a JSON Lines batch, against restricted-party lists. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screen a name (any script) against the restricted-party lists.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:screened (with or without hits)", "1:some batch lines were malformed", "2:bad input"})
public final class ScreenCommand implements Callable<Integer> {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Spec
    private CommandSpec spec;

    @Mixin
    private ListsOption lists;

    @ArgGroup(multiplicity = "1")
    private Input input;

    static final class Input {
        @Parameters(paramLabel = "NAME", description = "The name to screen.")
        String name;

        @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines file of queries; '-' for stdin.")
        String batch;
    }

    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 alpha-2 country of the party.")
    private String country;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel or aircraft.")
    private String type;

    @Option(names = "--threshold", paramLabel = "T", description = "Minimum score in [0,1]. Default: ${DEFAULT-VALUE}.")
    private double threshold = NameScreener.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Machine-readable output (one JSON object per query).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (threshold < 0 || threshold > 1) {
            throw new UserError("--threshold must be between 0 and 1, got " + threshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (input.batch != null) {
            BufferedReader batch = open(input.batch);
            return new BatchScreening(NameScreener.of(lists.snapshot()), threshold, json, out).run(batch);
        }
        // Check the query before the lists are loaded: a typo should not cost a full index build.
        ScreeningQuery query = new ScreeningQuery(input.name, validCountry(country), partyType(type));
        Screener screener = NameScreener.of(lists.snapshot());
        List<ScreeningHit> hits = screener.screen(query, threshold);
        if (json) {
            out.println(HitJson.line(null, input.name, hits));
        } else {
            HitTable.print(out, input.name, hits);
        }
        out.flush();
        return 0;
    }

    private static BufferedReader open(String batch) throws IOException {
        if (batch.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path file = Path.of(batch);
        if (!Files.isRegularFile(file)) {
            throw new UserError("batch file not found: " + file);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** Null stays null; anything else must be an ISO 3166 alpha-2 code. */
    static String validCountry(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw new UserError("unknown country code '" + code + "': use ISO 3166 alpha-2, e.g. CN, US, RU");
        }
        return upper;
    }

    static PartyType partyType(String word) {
        if (word == null || word.isBlank()) {
            return PartyType.UNKNOWN;
        }
        PartyType type = PartyType.fromListWord(word);
        if (type == PartyType.UNKNOWN) {
            throw new UserError("unknown type '" + word + "': use person, organization, vessel or aircraft");
        }
        return type;
    }
}
