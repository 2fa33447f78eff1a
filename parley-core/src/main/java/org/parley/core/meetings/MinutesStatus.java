package org.parley.core.meetings;

/** Minutes are a draft until every side's co-chair has approved the same revision. */
public enum MinutesStatus {
    DRAFT,
    APPROVED
}
