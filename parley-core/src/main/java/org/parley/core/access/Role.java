package org.parley.core.access;

/** A member's role in a group, held for one side. */
public enum Role {
    CO_CHAIR,
    EXPERT,
    ALTERNATE,
    OBSERVER,
    SECRETARIAT,
    COMPLIANCE_OFFICER;

    /** Whether the role takes one of the side's capped seats (co-chairs and experts do). */
    public boolean seated() {
        return this == CO_CHAIR || this == EXPERT;
    }
}
