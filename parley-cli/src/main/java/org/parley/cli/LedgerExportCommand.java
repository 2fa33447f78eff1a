package org.parley.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.release.LedgerEntry;
import org.parley.core.release.ReleaseLedger;
import org.parley.core.reports.LedgerReports;
import org.parley.core.storage.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley ledger export --csv|--pdf [--output FILE]}: every ledger row of the installation. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the whole release ledger as CSV (to standard output by default) or as a PDF report.")
public final class LedgerExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @ArgGroup(multiplicity = "1")
    private Format format;

    /** Exactly one of the formats. */
    static final class Format {
        @Option(names = "--csv", required = true, description = "CSV with a header row (RFC 4180).")
        boolean csv;

        @Option(names = "--pdf", required = true, description = "A PDF report (needs --output).")
        boolean pdf;
    }

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (format.pdf && output == null) {
            throw new UserError("--pdf needs --output FILE");
        }
        List<LedgerEntry> entries = new ArrayList<>();
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            new ReleaseLedger(database.jdbi()).forEach(entries::add);
        }
        if (format.pdf) {
            Files.write(output, LedgerReports.pdf(entries, "Release ledger"));
        } else if (output != null) {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                LedgerReports.csv(entries, writer);
            }
        } else {
            Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            LedgerReports.csv(entries, writer);
        }
        spec.commandLine().getErr().printf("exported %d ledger rows%n", entries.size());
        return 0;
    }
}
