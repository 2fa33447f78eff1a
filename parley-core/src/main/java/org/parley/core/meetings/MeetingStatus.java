package org.parley.core.meetings;

/** Whether a meeting is still to happen, was called off, or took place. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED,
    HELD
}
