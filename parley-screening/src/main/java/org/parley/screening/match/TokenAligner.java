package org.parley.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.screening.index.PreparedName;
import org.parley.screening.index.TokenWeights;
import org.parley.screening.names.TokenKind;
import org.parley.screening.names.TokenSimilarity;

/**
 * Pairs the tokens of two prepared names greedily, best pairs first (any order, so reordered names
 * align), also trying two adjacent words against one, and scores the result as the IDF-weighted
 * share of both names covered: sum of similarity × (weights of the paired tokens) over the total
 * weight. Legal forms weigh little; a place prefix missing on one side weighs less. Stateless.
 */
final class TokenAligner {
    private static final double MIN_WORD_SIMILARITY = 0.75;
    private static final double MIN_JOINED_SIMILARITY = 0.88;
    private static final double INITIAL_SIMILARITY = 0.8;
    private static final double OTHER_LEGAL_FORM = 0.6;
    /** Share of its weight an unmatched word keeps when the other name has no unmatched word. */
    static final double EXTRA_WORD_SHARE = 0.6;

    private TokenAligner() {}

    static Alignment align(PreparedName query, PreparedName listName) {
        List<Link> links = possibleLinks(query, listName);
        links.sort(Comparator.comparingDouble(Link::similarity)
                .reversed()
                .thenComparing(link -> -(link.queryEnd() - link.queryStart() + link.listEnd() - link.listStart())));
        boolean[] queryUsed = new boolean[query.size()];
        boolean[] listUsed = new boolean[listName.size()];
        var chosen = new ArrayList<Link>();
        double matched = 0;
        double linkedWeight = 0;
        boolean coreMatched = false;
        for (Link link : links) {
            if (!link.overlaps(queryUsed, listUsed)) {
                link.mark(queryUsed, listUsed);
                chosen.add(link);
                double weight = weight(query, link.queryStart(), link.queryEnd())
                        + weight(listName, link.listStart(), link.listEnd());
                matched += link.similarity() * weight;
                linkedWeight += weight;
                coreMatched |= link.kind() != Link.LinkKind.LEGAL_FORM && link.kind() != Link.LinkKind.INITIAL;
            }
        }
        if (!coreMatched) {
            return Alignment.none(query, listName);
        }
        // A place prefix missing on one side ("Hangzhou Hikvision" ~ "Hikvision") costs little, but two
        // different places ("Beijing …" vs "Nanjing …") mean two different parties.
        boolean placesDiffer =
                hasUnmatched(query, queryUsed, TokenKind.PLACE) && hasUnmatched(listName, listUsed, TokenKind.PLACE);
        // Words on one side only (a middle name, a patronymic) cost less than words that conflict.
        boolean extrasOnOneSide = !hasUnmatchedCore(query, queryUsed) || !hasUnmatchedCore(listName, listUsed);
        double extraShare = extrasOnOneSide ? EXTRA_WORD_SHARE : 1.0;
        double total = linkedWeight
                + unmatchedWeight(query, queryUsed, placesDiffer, extraShare)
                + unmatchedWeight(listName, listUsed, placesDiffer, extraShare);
        return new Alignment(query, listName, chosen, total == 0 ? 0 : matched / total);
    }

    private static boolean hasUnmatchedCore(PreparedName name, boolean[] used) {
        for (int i = 0; i < name.size(); i++) {
            if (!used[i] && name.token(i).isCore()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUnmatched(PreparedName name, boolean[] used, TokenKind kind) {
        for (int i = 0; i < name.size(); i++) {
            if (!used[i] && name.kind(i) == kind) {
                return true;
            }
        }
        return false;
    }

    private static double weight(PreparedName name, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            sum += name.weight(i);
        }
        return sum;
    }

    private static double unmatchedWeight(PreparedName name, boolean[] used, boolean placesDiffer, double extraShare) {
        double sum = 0;
        for (int i = 0; i < name.size(); i++) {
            if (!used[i]) {
                double share = switch (name.kind(i)) {
                    case PLACE -> placesDiffer ? 1.0 : TokenWeights.UNMATCHED_PLACE_SHARE;
                    case ROMANIZED -> TokenWeights.UNMATCHED_ROMANIZED_SHARE * extraShare;
                    case LEGAL_FORM -> 1.0;
                    default -> extraShare;
                };
                sum += name.weight(i) * share;
            }
        }
        return sum;
    }

    private static List<Link> possibleLinks(PreparedName query, PreparedName listName) {
        var links = new ArrayList<Link>();
        for (int i = 0; i < query.size(); i++) {
            for (int j = 0; j < listName.size(); j++) {
                Link link = TokenPairing.pair(query, i, listName, j);
                if (link != null) {
                    links.add(link);
                }
            }
        }
        addJoinedLinks(query, listName, false, links);
        addJoinedLinks(listName, query, true, links);
        return links;
    }

    /** Two adjacent words of {@code split} against one word of {@code whole} ("hua wei" ~ "huawei"). */
    private static void addJoinedLinks(PreparedName split, PreparedName whole, boolean splitIsList, List<Link> links) {
        for (int i = 0; i + 1 < split.size(); i++) {
            String joined = split.joinedWithNext(i);
            if (joined == null) {
                continue;
            }
            for (int j = 0; j < whole.size(); j++) {
                String word = whole.text(j);
                boolean comparable = whole.kind(j).isWordLike() || whole.kind(j) == TokenKind.PLACE;
                if (!comparable || Math.abs(word.length() - joined.length()) > 2) {
                    continue;
                }
                double similarity = TokenSimilarity.words(joined, word);
                if (similarity >= MIN_JOINED_SIMILARITY) {
                    String splitText = split.text(i) + " " + split.text(i + 1);
                    links.add(
                            splitIsList
                                    ? new Link(j, j + 1, i, i + 2, similarity, Link.LinkKind.JOINED, word, splitText)
                                    : new Link(i, i + 2, j, j + 1, similarity, Link.LinkKind.JOINED, splitText, word));
                }
            }
        }
    }

    /** Pairing rules for two single tokens. */
    static final class TokenPairing {
        private TokenPairing() {}

        static Link pair(PreparedName query, int i, PreparedName listName, int j) {
            TokenKind queryKind = query.kind(i);
            TokenKind listKind = listName.kind(j);
            if (queryKind == TokenKind.LEGAL_FORM || listKind == TokenKind.LEGAL_FORM) {
                if (queryKind != listKind) {
                    return null;
                }
                boolean same = sharesSpelling(query.spellings(i), listName.spellings(j));
                return link(
                        i, j, same ? 1.0 : OTHER_LEGAL_FORM, Link.LinkKind.LEGAL_FORM, query.text(i), listName.text(j));
            }
            if (queryKind == TokenKind.INITIAL || listKind == TokenKind.INITIAL) {
                boolean initialMatches =
                        query.text(i).charAt(0) == listName.text(j).charAt(0)
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
                    double similarity = TokenSimilarity.words(
                            querySpellings[a], listSpellings[b], querySkeletons[a], listSkeletons[b]);
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
}
