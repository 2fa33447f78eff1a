package org.parley.core.groups;

/** Progress of a milestone. */
public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    MISSED,
    CANCELLED
}
