package org.parley.core.release;

import java.util.List;
import org.parley.core.members.MemberStatus;
import org.parley.rules.Determination;
import org.parley.rules.Match;

/**
 * What the release gate would decide for one recipient, without releasing: the recipient's
 * screening state, the full determination (outcome, citations, list matches, trace) and the
 * verdict. Immutable.
 *
 * @param status the member's screening state: ACTIVE, or ON_HOLD while a review is open
 * @param delivered whether a release now would give them the version
 * @param reason why they would receive it or why it would be withheld
 */
public record RecipientPreview(
        long memberId,
        String recipientName,
        String organisation,
        long sideId,
        String releaseCountry,
        MemberStatus status,
        boolean delivered,
        String reason,
        Determination determination) {

    /** NOT_SUBJECT, NO_LICENSE_REQUIRED, AUTHORIZED, LICENSE_REQUIRED or PROHIBITED. */
    public String outcome() {
        return determination.outcomeCode();
    }

    public List<String> citations() {
        return determination.citations();
    }

    /** The list entries screening matched to the recipient, their organisation or its owners. */
    public List<Match> matches() {
        return determination.matches();
    }
}
