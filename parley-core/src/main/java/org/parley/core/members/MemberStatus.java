package org.parley.core.members;

/** Where a membership stands. */
public enum MemberStatus {
    /** Screening found possible matches; a compliance officer must review. Holds its seat. */
    ON_HOLD,
    ACTIVE,
    /** A compliance officer confirmed a match. */
    BLOCKED,
    REMOVED
}
