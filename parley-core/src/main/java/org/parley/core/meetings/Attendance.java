package org.parley.core.meetings;

/** A member's attendance at a meeting. Immutable. */
public record Attendance(long meetingId, long memberId, AttendanceStatus status) {}
