package org.parley.core.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.core.release.LedgerEntry;

/** The release ledger as CSV (every column) and as a PDF report (one paragraph per row). Stateless. */
public final class LedgerReports {

    static final List<String> HEADER = Stream.of(
                    Stream.of("id"), LedgerEntry.CONTENT_COLUMNS.stream(), Stream.of("row_hash"))
            .flatMap(columns -> columns)
            .toList();

    private LedgerReports() {}

    /** RFC 4180 CSV with a header row, CR LF line ends. */
    public static void csv(Iterable<LedgerEntry> entries, Writer out) {
        try {
            out.write(String.join(",", HEADER) + "\r\n");
            for (LedgerEntry entry : entries) {
                out.write(Stream.of(Stream.of(entry.id()), entry.content().stream(), Stream.of(entry.rowHash()))
                                .flatMap(values -> values)
                                .map(LedgerReports::field)
                                .collect(Collectors.joining(","))
                        + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(Iterable<LedgerEntry> entries, String title) {
        PdfWriter pdf = new PdfWriter().heading(title);
        List<LedgerEntry> rows = new ArrayList<>();
        entries.forEach(rows::add);
        pdf.line(rows.size() + " decisions. Kept at least five years (15 CFR Part 762); each row's hash is in the"
                        + " audit chain.")
                .gap();
        for (LedgerEntry entry : rows) {
            pdf.line("#" + entry.id() + "  " + entry.decidedAt() + "  " + entry.documentTitle() + " v"
                            + entry.versionNumber() + " to " + entry.recipientName() + " via " + entry.channel() + ": "
                            + entry.outcome() + ", " + (entry.delivered() ? "DELIVERED" : "WITHHELD"))
                    .line("    " + entry.reason())
                    .line("    lists as of " + entry.listsAsOf() + " ("
                            + entry.listsHash().substring(0, 12)
                            + "), rules as of " + entry.rulesAsOf() + ", released by " + entry.releasedBy()
                            + (entry.licenceNumber() == null ? "" : ", licence " + entry.licenceNumber())
                            + ", row hash " + entry.rowHash().substring(0, 16));
        }
        return pdf.finish();
    }

    private static String field(Object value) {
        String text = Objects.toString(value, "");
        return text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n')
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
