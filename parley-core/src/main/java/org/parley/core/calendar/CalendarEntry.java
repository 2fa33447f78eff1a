package org.parley.core.calendar;

import org.parley.core.meetings.Meeting;

/**
 * A meeting as a calendar event: the meeting and how often it changed since it was scheduled (the
 * RFC 5545 SEQUENCE, so that calendar clients replace their copy). Immutable.
 */
public record CalendarEntry(Meeting meeting, int sequence) {}
