package org.parley.core.members;

import org.parley.screening.lists.PartyType;

/**
 * A list entry that a member's name or organisation may refer to. Immutable.
 *
 * @param screenedName the member's name or organisation as screened
 * @param entryHash fingerprint of the list entry's content; a dismissal holds only while it is unchanged
 */
public record PossibleMatch(
        String screenedName,
        PartyType partyType,
        String listCode,
        String entryId,
        String entryName,
        String matchedName,
        double score,
        String entryHash) {}
