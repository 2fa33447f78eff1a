package org.parley.core.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the release ledger: who was (or was not) given which version, when, how, and the full
 * determination with its inputs and the list and rules versions used. Immutable.
 *
 * @param channel GROUP, SIDE, MEETING or PEOPLE
 * @param channelRef the side or meeting, or null
 * @param outcome the rules engine's outcome code
 * @param delivered whether the recipient received the version
 * @param reason why, as shown to the releaser
 * @param requestJson the decision request (contracts.md §2) as decided
 * @param determinationJson the determination (contracts.md §2 response)
 * @param listsHash content hash of the list snapshot screened against
 * @param releasedBy the releasing actor's audit label, e.g. {@code user:12}
 * @param retainUntil the earliest day the row may be discarded (EAR Part 762: five years)
 * @param rowHash SHA-256 of the row's content, also recorded in the audit chain
 */
public record LedgerEntry(
        long id,
        long releaseId,
        long groupId,
        long documentId,
        String documentTitle,
        long versionId,
        int versionNumber,
        String contentSha256,
        long memberId,
        String recipientName,
        Long recipientUserId,
        String channel,
        Long channelRef,
        String outcome,
        boolean delivered,
        String reason,
        String licenceNumber,
        boolean conditionsMet,
        String requestJson,
        String determinationJson,
        String listsHash,
        LocalDate listsAsOf,
        LocalDate rulesAsOf,
        Instant decidedAt,
        String releasedBy,
        LocalDate retainUntil,
        String rowHash) {

    /** Column names of {@link #content()}, in the order the row hash covers them. */
    public static final List<String> CONTENT_COLUMNS = List.of(
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
            "request_json",
            "determination_json",
            "lists_hash",
            "lists_as_of",
            "rules_as_of",
            "decided_at",
            "released_by",
            "retain_until");

    /** Every field but the database ID and the row hash, in {@link #CONTENT_COLUMNS} order (nulls kept). */
    public List<Object> content() {
        return Arrays.asList(
                releaseId,
                groupId,
                documentId,
                documentTitle,
                versionId,
                versionNumber,
                contentSha256,
                memberId,
                recipientName,
                recipientUserId,
                channel,
                channelRef,
                outcome,
                delivered,
                reason,
                licenceNumber,
                conditionsMet,
                requestJson,
                determinationJson,
                listsHash,
                listsAsOf,
                rulesAsOf,
                decidedAt,
                releasedBy,
                retainUntil);
    }
}
