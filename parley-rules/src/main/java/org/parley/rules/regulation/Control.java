package org.parley.rules.regulation;

/**
 * One licence-requirement row of an ECCN: a reason for control, the part of the entry it covers and
 * where it requires a licence. Immutable.
 *
 * @param reason NS, MT, NP, CB, RS, AT, EI, UN, …
 * @param text the row as the CCL states it
 */
public record Control(String reason, ControlScope scope, ControlDestination destination, String text) {}
