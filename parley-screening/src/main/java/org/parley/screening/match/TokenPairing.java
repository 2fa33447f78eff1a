package org.parley.screening.match;

import org.parley.screening.index.PreparedName;
import org.parley.screening.names.TokenKind;
import org.parley.screening.names.TokenSimilarity;

/** Pairing rules for two single tokens: legal forms, initials, numbers and words. Stateless. */
final class TokenPairing {
    private static final double MIN_WORD_SIMILARITY = 0.75;
    private static final double INITIAL_SIMILARITY = 0.8;
    private static final double OTHER_LEGAL_FORM = 0.6;

    private TokenPairing() {}

    static Link pair(PreparedName query, int i, PreparedName listName, int j) {
        TokenKind queryKind = query.kind(i);
        TokenKind listKind = listName.kind(j);
        if (queryKind == TokenKind.LEGAL_FORM || listKind == TokenKind.LEGAL_FORM) {
            if (queryKind != listKind) {
                return null;
            }
            boolean same = sharesSpelling(query.spellings(i), listName.spellings(j));
            return link(i, j, same ? 1.0 : OTHER_LEGAL_FORM, Link.LinkKind.LEGAL_FORM, query.text(i), listName.text(j));
        }
        if (queryKind == TokenKind.INITIAL || listKind == TokenKind.INITIAL) {
            boolean initialMatches = query.text(i).charAt(0) == listName.text(j).charAt(0)
                    && (queryKind != TokenKind.NUMBER && listKind != TokenKind.NUMBER);
            if (!initialMatches) {
                return null;
            }
            double similarity = queryKind == listKind ? 1.0 : INITIAL_SIMILARITY;
            return link(i, j, similarity, Link.LinkKind.INITIAL, query.text(i), listName.text(j));
        }
        if (queryKind == TokenKind.NUMBER || listKind == TokenKind.NUMBER) {
            return query.text(i).equals(listName.text(j))
                    ? link(i, j, 1.0, Link.LinkKind.EXACT, query.text(i), listName.text(j))
                    : null;
        }
        return bestSpelling(query, i, listName, j);
    }

    private static Link bestSpelling(PreparedName query, int i, PreparedName listName, int j) {
        String[] querySpellings = query.spellings(i);
        String[] listSpellings = listName.spellings(j);
        String[] querySkeletons = query.skeletons(i);
        String[] listSkeletons = listName.skeletons(j);
        double best = 0;
        int bestQuery = 0;
        int bestList = 0;
        for (int a = 0; a < querySpellings.length && best < 1.0; a++) {
            for (int b = 0; b < listSpellings.length && best < 1.0; b++) {
                double similarity =
                        TokenSimilarity.words(querySpellings[a], listSpellings[b], querySkeletons[a], listSkeletons[b]);
                if (similarity > best) {
                    best = similarity;
                    bestQuery = a;
                    bestList = b;
                }
            }
        }
        if (best < MIN_WORD_SIMILARITY) {
            return null;
        }
        Link.LinkKind kind;
        if (best >= 1.0) {
            kind = bestQuery == 0 && bestList == 0 ? Link.LinkKind.EXACT : Link.LinkKind.ALTERNATIVE;
        } else {
            kind = TokenSimilarity.isTypo(querySpellings[bestQuery], listSpellings[bestList])
                    ? Link.LinkKind.TYPO
                    : Link.LinkKind.SOUND_ALIKE;
        }
        return link(i, j, best, kind, querySpellings[bestQuery], listSpellings[bestList]);
    }

    private static boolean sharesSpelling(String[] left, String[] right) {
        for (String a : left) {
            for (String b : right) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Link link(int i, int j, double similarity, Link.LinkKind kind, String query, String list) {
        return new Link(i, i + 1, j, j + 1, similarity, kind, query, list);
    }
}
