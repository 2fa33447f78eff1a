package org.parley.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.screening.index.PreparedName;
import org.parley.screening.index.TokenWeights;
import org.parley.screening.names.TokenKind;

/**
 * Pairs the tokens of two prepared names greedily, best pairs first (any order, so reordered names
 * align), also trying two adjacent words against one, and scores the result as the IDF-weighted
 * share of both names covered: sum of similarity × (weights of the paired tokens) over the total
 * weight. Legal forms weigh little; a place prefix missing on one side weighs less. Stateless.
 */
final class TokenAligner {
    /** Share of its weight an unmatched word keeps when the other name has no unmatched word. */
    static final double EXTRA_WORD_SHARE = 0.6;

    private static final int MIN_CONFIDENT_LETTERS = 8;
    private static final double SHORT_EVIDENCE_FACTOR = 0.95;

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
        double initialSurplus = 0;
        boolean coreMatched = false;
        for (Link link : links) {
            if (!link.overlaps(queryUsed, listUsed)) {
                link.mark(queryUsed, listUsed);
                chosen.add(link);
                double queryWeight = weight(query, link.queryStart(), link.queryEnd());
                double listWeight = weight(listName, link.listStart(), link.listEnd());
                if (link.kind() == Link.LinkKind.INITIAL) {
                    // An initial stands for a word but tells little: the word's surplus weight stays unmatched.
                    double shared = Math.min(queryWeight, listWeight);
                    initialSurplus += Math.abs(queryWeight - listWeight);
                    queryWeight = shared;
                    listWeight = shared;
                }
                double weight = queryWeight + listWeight;
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
        boolean translated = TranslatedNames.applies(query, listName);
        // Words on one side only (a middle name, a patronymic) cost less than words that conflict.
        boolean extrasOnOneSide =
                !hasUnmatchedCore(query, queryUsed, translated) || !hasUnmatchedCore(listName, listUsed, translated);
        double extraShare = extrasOnOneSide ? EXTRA_WORD_SHARE : 1.0;
        TranslatedNames.Anchor anchor =
                translated ? TranslatedNames.anchor(query, listName, chosen, queryUsed, listUsed) : null;
        double total = linkedWeight
                + initialSurplus
                + unmatchedWeight(query, queryUsed, placesDiffer, extraShare, anchor)
                + unmatchedWeight(listName, listUsed, placesDiffer, extraShare, anchor);
        double score = total == 0 ? 0 : matched / total;
        if (anchor == TranslatedNames.Anchor.MISSING) {
            score = Math.min(score, TranslatedNames.UNANCHORED_CAP);
        }
        // A near match resting on a few letters ("akam" ~ "askam", "lin long" ~ "long") is weak evidence.
        if (score < 1.0 && matchedCoreLetters(listName, chosen) < MIN_CONFIDENT_LETTERS) {
            score *= SHORT_EVIDENCE_FACTOR;
        }
        return new Alignment(query, listName, chosen, score);
    }

    private static int matchedCoreLetters(PreparedName listName, List<Link> links) {
        int letters = 0;
        for (Link link : links) {
            if (link.kind() != Link.LinkKind.LEGAL_FORM && link.kind() != Link.LinkKind.INITIAL) {
                for (int j = link.listStart(); j < link.listEnd(); j++) {
                    letters += listName.text(j).length();
                }
            }
        }
        return letters;
    }

    private static boolean hasUnmatchedCore(PreparedName name, boolean[] used, boolean translated) {
        for (int i = 0; i < name.size(); i++) {
            if (!used[i] && name.token(i).isCore() && (!translated || TranslatedNames.countsAsExtra(name, i))) {
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

    private static double unmatchedWeight(
            PreparedName name, boolean[] used, boolean placesDiffer, double extraShare, TranslatedNames.Anchor anchor) {
        double sum = 0;
        int brand = anchor == null ? -1 : TranslatedNames.brandPosition(name);
        for (int i = 0; i < name.size(); i++) {
            if (!used[i]) {
                double translatedShare =
                        anchor == null ? -1 : TranslatedNames.unmatchedShare(name, i, brand, anchor, extraShare);
                double share = translatedShare >= 0
                        ? translatedShare
                        : switch (name.kind(i)) {
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

    /**
     * Two or three adjacent words of {@code split} against one word of {@code whole} ("hua wei" ~
     * "huawei", "yun li da" ~ "yunlida").
     */
    private static void addJoinedLinks(PreparedName split, PreparedName whole, boolean splitIsList, List<Link> links) {
        for (int count = 2; count <= 3; count++) {
            for (int i = 0; i + count <= split.size(); i++) {
                String joined = split.joined(i, count);
                if (joined == null) {
                    continue;
                }
                for (int j = 0; j < whole.size(); j++) {
                    String word = whole.text(j);
                    boolean comparable = whole.kind(j).isWordLike() || whole.kind(j) == TokenKind.PLACE;
                    // Only identical spellings join: "hua wei" ~ "huawei", never "hua wei" ~ "huawie".
                    if (comparable && word.length() == joined.length() && word.equals(joined)) {
                        double similarity = 1.0;
                        String splitText = splitText(split, i, count);
                        links.add(
                                splitIsList
                                        ? new Link(
                                                j,
                                                j + 1,
                                                i,
                                                i + count,
                                                similarity,
                                                Link.LinkKind.JOINED,
                                                word,
                                                splitText)
                                        : new Link(
                                                i,
                                                i + count,
                                                j,
                                                j + 1,
                                                similarity,
                                                Link.LinkKind.JOINED,
                                                splitText,
                                                word));
                    }
                }
            }
        }
    }

    private static String splitText(PreparedName split, int start, int count) {
        var text = new StringBuilder(split.text(start));
        for (int k = start + 1; k < start + count; k++) {
            text.append(' ').append(split.text(k));
        }
        return text.toString();
    }
}
