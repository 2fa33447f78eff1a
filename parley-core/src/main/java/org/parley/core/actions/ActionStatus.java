package org.parley.core.actions;

/** Progress of an action item. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
