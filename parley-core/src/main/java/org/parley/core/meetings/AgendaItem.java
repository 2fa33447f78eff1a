package org.parley.core.meetings;

/**
 * One item on a meeting's agenda.
 *
 * @param caucusSideId set for a side's private caucus item, which only that side's members see
 */
public record AgendaItem(long id, long meetingId, int position, String title, Long caucusSideId) {}
