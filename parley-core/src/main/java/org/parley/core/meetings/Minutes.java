package org.parley.core.meetings;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting's minutes. Immutable.
 *
 * @param revision grows with every edit; approvals count only for the current revision
 * @param approvedBySides the sides whose co-chair approved the current revision
 */
public record Minutes(
        long meetingId,
        String body,
        MinutesStatus status,
        int revision,
        Instant updatedAt,
        Instant approvedAt,
        Set<Long> approvedBySides) {

    public Minutes {
        approvedBySides = Set.copyOf(approvedBySides);
    }
}
