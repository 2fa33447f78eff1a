package org.parley.core.meetings;

/** How a member took part in a meeting. */
public enum AttendanceStatus {
    IN_PERSON,
    REMOTE,
    EXCUSED,
    ABSENT
}
