package org.parley.core.actions;

/** How far a side has implemented an outcome or commitment. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    IMPLEMENTED,
    BLOCKED
}
