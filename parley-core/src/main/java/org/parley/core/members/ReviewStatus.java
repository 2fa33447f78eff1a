package org.parley.core.members;

/** Where a screening review stands. */
public enum ReviewStatus {
    OPEN,
    /** The compliance officer found the member to be the listed party: membership blocked. */
    CONFIRMED,
    /** The compliance officer found the matches to be other parties: membership active. */
    DISMISSED
}
