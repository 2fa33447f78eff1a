package org.parley.core.members;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What re-screening every active member found. Immutable.
 *
 * @param people active members screened (each with their organisation and its recorded owners)
 * @param distinctNames names actually screened: people, organisations and owners, each once
 * @param heldMemberIds members put on hold with a new review
 */
public record RescreenReport(
        String snapshotHash,
        LocalDate listsAsOf,
        int people,
        int distinctNames,
        List<Long> heldMemberIds,
        Duration elapsed) {

    public RescreenReport {
        heldMemberIds = List.copyOf(heldMemberIds);
    }
}
