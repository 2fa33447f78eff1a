package org.parley.core.policy;

import java.time.LocalDate;

/**
 * Which of a group's policy updates to list; every criterion left null matches all. Immutable.
 *
 * @param text words to find in a title or summary (any language), the citation or the issuing body
 * @param issuingBody matched ignoring case
 * @param tag one tag the update must carry, matched ignoring case
 * @param citation part of the citation, e.g. "90 FR"
 * @param publishedFrom first publication day included; {@code publishedTo} the last
 * @param effectiveFrom first effective day included; {@code effectiveTo} the last
 * @param limit at most this many updates, newest publication first
 */
public record PolicyUpdateFilter(
        String text,
        String jurisdiction,
        String issuingBody,
        InstrumentType instrumentType,
        String tag,
        String citation,
        Long sideId,
        LocalDate publishedFrom,
        LocalDate publishedTo,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int limit) {

    public static final int DEFAULT_LIMIT = 200;

    /** Every update, up to the default limit. */
    public static final PolicyUpdateFilter ALL =
            new PolicyUpdateFilter(null, null, null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
}
