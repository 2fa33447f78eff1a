package org.parley.core.release;

import java.util.List;

/**
 * What the release gate decided for one recipient, as shown to the releaser. Immutable.
 *
 * @param ledgerId the ledger row that records it
 * @param outcome the rules engine's outcome code
 * @param reason why the recipient received the version or why it was withheld
 */
public record RecipientDecision(
        long ledgerId,
        long memberId,
        String recipientName,
        String releaseCountry,
        String outcome,
        boolean delivered,
        String reason,
        List<String> citations,
        List<String> conditions) {

    public RecipientDecision {
        citations = List.copyOf(citations);
        conditions = List.copyOf(conditions);
    }
}
