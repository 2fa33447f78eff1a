package org.parley.core.policy;

/**
 * A policy update listed under an agenda item of a meeting: one line of the meeting pack. Immutable.
 *
 * @param caucusSideId set when the item is a side's private caucus item
 */
public record AgendaPolicyUpdate(
        long agendaItemId, int position, String agendaItemTitle, Long caucusSideId, PolicyUpdate update) {}
