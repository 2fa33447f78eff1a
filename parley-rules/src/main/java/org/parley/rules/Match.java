package org.parley.rules;

/**
 * A list entry that screening matched to a party of the release.
 *
 * @param list short list code (EL, DPL, UVL, MEU, SDN, …)
 * @param name the entry's primary name
 * @param matchedName the entry name or alias that matched
 * @param party recipient, owner or onBehalfOf
 */
public record Match(String list, String name, String matchedName, double score, String party) {}
