package org.parley.core.actions;

import java.time.Instant;
import java.util.Map;

/**
 * A decision or commitment made at a meeting, with each side's current implementation status.
 * Immutable.
 */
public record Outcome(
        long id,
        long groupId,
        long meetingId,
        String text,
        Instant createdAt,
        Map<Long, ImplementationStatus> statusBySide) {

    public Outcome {
        statusBySide = Map.copyOf(statusBySide);
    }
}
