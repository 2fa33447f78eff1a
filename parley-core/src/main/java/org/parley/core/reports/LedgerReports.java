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

    static final List<String> HEADER = List.of(
            "id",
            "release_id",
            "group_id",
            "document_id",
            "document_title",
            "version_id",
            "version_number",
            "content_sha256",
            "member_id",
            "recipient_name",
            "recipient_user_id",
            "channel",
            "channel_ref",
            "outcome",
            "delivered",
            "reason",
            "licence_number",
            "conditions_met",
            "lists_hash",
            "lists_as_of",
            "rules_as_of",
            "decided_at",
            "released_by",
            "retain_until",
            "row_hash",
            "request_json",
            "determination_json");

    private LedgerReports() {}

    /** RFC 4180 CSV with a header row, CR LF line ends. */
    public static void csv(Iterable<LedgerEntry> entries, Writer out) {
        try {
            out.write(String.join(",", HEADER) + "\r\n");
            for (LedgerEntry entry : entries) {
                out.write(Stream.of(
                                        entry.id(),
                                        entry.releaseId(),
                                        entry.groupId(),
                                        entry.documentId(),
                                        entry.documentTitle(),
                                        entry.versionId(),
                                        entry.versionNumber(),
                                        entry.contentSha256(),
                                        entry.memberId(),
                                        entry.recipientName(),
                                        entry.recipientUserId(),
                                        entry.channel(),
                                        entry.channelRef(),
                                        entry.outcome(),
                                        entry.delivered(),
                                        entry.reason(),
                                        entry.licenceNumber(),
                                        entry.conditionsMet(),
                                        entry.listsHash(),
                                        entry.listsAsOf(),
                                        entry.rulesAsOf(),
                                        entry.decidedAt(),
                                        entry.releasedBy(),
                                        entry.retainUntil(),
                                        entry.rowHash(),
                                        entry.requestJson(),
                                        entry.determinationJson())
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
