package org.parley.screening.match;

import java.util.List;
import java.util.Locale;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.PartyType;

/**
 * Mild score adjustments from the query's country and party-type hints. Never a filter: a listed
 * party may be registered elsewhere, and many list rows carry no type. Stateless.
 */
final class QueryHints {
    static final double COUNTRY_MATCH = 0.02;
    static final double COUNTRY_MISMATCH = -0.03;
    static final double TYPE_MATCH = 0.01;
    static final double TYPE_MISMATCH = -0.05;

    private QueryHints() {}

    /** The adjustment for {@code entry}; appends the reasons to {@code reasons} when not null. */
    static double adjustment(ScreeningQuery query, ListEntry entry, List<String> reasons) {
        double adjustment = 0;
        String country =
                query.country() == null ? null : query.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.isEmpty() && !entry.countries().isEmpty()) {
            if (entry.countries().contains(country)) {
                adjustment += COUNTRY_MATCH;
                add(reasons, "country matches " + country);
            } else {
                adjustment += COUNTRY_MISMATCH;
                add(reasons, "country differs: " + country + " not in " + String.join(", ", entry.countries()));
            }
        }
        if (query.type() != PartyType.UNKNOWN && entry.type() != PartyType.UNKNOWN) {
            if (query.type() == entry.type()) {
                adjustment += TYPE_MATCH;
                add(reasons, "type matches " + entry.type());
            } else {
                adjustment += TYPE_MISMATCH;
                add(reasons, "type differs: " + query.type() + " vs " + entry.type());
            }
        }
        return adjustment;
    }

    private static void add(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }
}
