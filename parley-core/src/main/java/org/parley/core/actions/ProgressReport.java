package org.parley.core.actions;

import java.time.Instant;

/**
 * A status reported for an action item or a side's implementation of an outcome, optionally at a
 * meeting. Immutable.
 *
 * @param status the name of the reported status ({@link ActionStatus} or {@link ImplementationStatus})
 */
public record ProgressReport(Long meetingId, Long sideId, String status, String note, Instant recordedAt) {}
