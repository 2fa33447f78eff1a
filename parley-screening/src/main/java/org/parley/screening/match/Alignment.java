package org.parley.screening.match;

import java.util.List;
import org.parley.screening.index.PreparedName;

/**
 * The best pairing of a query's tokens with one list name's tokens, and the resulting score.
 *
 * @param score weighted share of both names' tokens that found a partner, in [0, 1]
 */
record Alignment(PreparedName query, PreparedName listName, List<Link> links, double score) {
    static Alignment none(PreparedName query, PreparedName listName) {
        return new Alignment(query, listName, List.of(), 0.0);
    }

    boolean isExact() {
        return score >= 0.999;
    }
}
