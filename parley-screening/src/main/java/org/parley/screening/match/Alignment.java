package org.parley.screening.match;

import java.util.List;
import org.parley.screening.index.PreparedName;
import org.parley.screening.names.TokenKind;

/**
 * The best pairing of a query's tokens with one list name's tokens, and the resulting score.
 *
 * @param score weighted share of both names' tokens that found a partner, in [0, 1]
 */
record Alignment(PreparedName query, PreparedName listName, List<Link> links, double score) {
    static Alignment none(PreparedName query, PreparedName listName) {
        return new Alignment(query, listName, List.of(), 0.0);
    }

    /** Whether every word and number on both sides is paired with an identical spelling. */
    boolean pairsAllWordsExactly() {
        return coveredExactly(query, true) && coveredExactly(listName, false);
    }

    private boolean coveredExactly(PreparedName name, boolean queryside) {
        boolean[] exact = new boolean[name.size()];
        for (Link link : links) {
            if (link.similarity() >= 1.0) {
                for (int i = queryside ? link.queryStart() : link.listStart();
                        i < (queryside ? link.queryEnd() : link.listEnd());
                        i++) {
                    exact[i] = true;
                }
            }
        }
        for (int i = 0; i < name.size(); i++) {
            TokenKind kind = name.kind(i);
            boolean identifying = kind != TokenKind.LEGAL_FORM && kind != TokenKind.INITIAL;
            if (identifying && !exact[i]) {
                return false;
            }
        }
        return true;
    }
}
