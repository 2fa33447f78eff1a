package org.parley.rules.regulation;

import java.time.LocalDate;

/**
 * A Part 746 embargo or sanction on a destination. Immutable.
 *
 * @param destination ISO alpha-2 code, or an ISO 3166-2 region code for the covered regions of Ukraine
 * @param items which items need a licence
 * @param from first day in force, or null when in force for every date the engine decides
 */
public record Embargo(String destination, String citation, Items items, LocalDate from, String policy, String note) {

    /** The items an embargo reaches. */
    public enum Items {
        /** Every item subject to the EAR. */
        ALL,
        /** Items on the CCL only (not EAR99). */
        CCL,
        /** Every item for exports; CCL items only for deemed exports (Iran: EAR99 goes through OFAC). */
        ALL_EXPORTS_CCL_DEEMED
    }

    public boolean inForceOn(LocalDate day) {
        return from == null || !day.isBefore(from);
    }

    /** Whether an item of this classification needs a licence under the embargo. */
    public boolean reaches(boolean onCcl, boolean deemedExport) {
        return switch (items) {
            case ALL -> true;
            case CCL -> onCcl;
            case ALL_EXPORTS_CCL_DEEMED -> onCcl || !deemedExport;
        };
    }
}
