package org.parley.screening.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splits a run of simplified Han characters into glossary terms, numbers, places named by their
 * suffix and leftover characters, choosing the split that leaves the fewest characters unexplained,
 * then the fewest separate leftover runs, then the fewest units: 翔宇航空 is 翔宇 + 航空, not 翔 + 宇航
 * + 空 as greedy longest match would have it. Stateless apart from its glossary; thread-safe.
 */
final class HanSegmentation {
    /** Administrative units written after a place name (北京市, 广东省, 海淀区) and left out in English. */
    private static final String ADMINISTRATIVE_SUFFIXES = "市省县区";
    /** Units numbered without 第 (二院, 十四所, 七〇二厂): the number is an ordinal. */
    static final String NUMBERED_UNITS = "所院部室";

    private static final int MIN_PLAIN_DIGITS = 3;
    private static final long CHAR_COST = 1_000_000L;
    private static final long RUN_COST = 1_000L;
    private static final long UNIT_COST = 1L;

    /** What a unit of the split is. */
    enum Type {
        /** A number [start, split), followed by a unit character up to end when split < end (十四所). */
        NUMBER,
        /** A glossary term [start, split), followed by a skipped administrative suffix when split < end. */
        TERM,
        /** A place the glossary does not know, [start, split), named by its suffix (常州市). */
        PLACE_BY_SUFFIX,
        /** An ordinal marker 第 before Arabic digits, which are not part of the Han run. */
        SKIP,
        /** A character the glossary does not explain, rendered as pinyin. */
        CHAR
    }

    /** One unit of the split: characters [start, end) with the meaningful part [start, split). */
    record Unit(Type type, int start, int split, int end, ChineseGlossary.Term term) {}

    private final ChineseGlossary glossary;

    HanSegmentation(ChineseGlossary glossary) {
        this.glossary = glossary;
    }

    List<Unit> split(String han) {
        int n = han.length();
        // State: position × (last unit was a leftover character) × (only places so far).
        long[][][] cost = new long[n + 1][2][2];
        Unit[][][] unit = new Unit[n + 1][2][2];
        int[][][] from = new int[n + 1][2][2];
        for (long[][] plane : cost) {
            for (long[] row : plane) {
                Arrays.fill(row, Long.MAX_VALUE);
            }
        }
        cost[0][0][1] = 0;
        for (int i = 0; i < n; i++) {
            for (int afterChar = 0; afterChar < 2; afterChar++) {
                for (int placesOnly = 0; placesOnly < 2; placesOnly++) {
                    long base = cost[i][afterChar][placesOnly];
                    if (base == Long.MAX_VALUE) {
                        continue;
                    }
                    int state = afterChar * 2 + placesOnly;
                    for (Unit next : candidates(han, i, placesOnly == 1)) {
                        boolean isChar = next.type() == Type.CHAR;
                        long added = isChar ? CHAR_COST + (afterChar == 1 ? 0 : RUN_COST) : UNIT_COST;
                        boolean place = next.type() == Type.PLACE_BY_SUFFIX
                                || (next.type() == Type.TERM && isPlace(next.term()));
                        int nextChar = isChar ? 1 : 0;
                        int nextPlaces = placesOnly == 1 && place ? 1 : 0;
                        if (base + added < cost[next.end()][nextChar][nextPlaces]) {
                            cost[next.end()][nextChar][nextPlaces] = base + added;
                            unit[next.end()][nextChar][nextPlaces] = next;
                            from[next.end()][nextChar][nextPlaces] = state;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int state = 1; state < 4; state++) {
            if (cost[n][state / 2][state % 2] < cost[n][best / 2][best % 2]) {
                best = state;
            }
        }
        var units = new ArrayList<Unit>();
        int position = n;
        int state = best;
        while (position > 0) {
            Unit last = unit[position][state / 2][state % 2];
            units.add(last);
            state = from[position][state / 2][state % 2];
            position = last.start();
        }
        Collections.reverse(units);
        return units;
    }

    private List<Unit> candidates(String han, int i, boolean placesOnly) {
        var candidates = new ArrayList<Unit>();
        int numeralEnd = numeralEnd(han, i);
        if (numeralEnd > i) {
            boolean unit = numeralEnd < han.length() && NUMBERED_UNITS.indexOf(han.charAt(numeralEnd)) >= 0;
            candidates.add(new Unit(Type.NUMBER, i, numeralEnd, unit ? numeralEnd + 1 : numeralEnd, null));
        }
        for (ChineseGlossary.Term term : glossary.termsAt(han, i)) {
            int end = i + term.chinese().length();
            candidates.add(new Unit(Type.TERM, i, end, end, term));
            if (isPlace(term) && isAdministrativeSuffix(han, end)) {
                candidates.add(new Unit(Type.TERM, i, end, end + 1, term));
            }
        }
        if (placesOnly) {
            for (int length = 2; length <= 3; length++) {
                int suffix = i + length;
                if (suffix + 1 < han.length() && isAdministrativeSuffix(han, suffix)) {
                    candidates.add(new Unit(Type.PLACE_BY_SUFFIX, i, suffix, suffix + 1, null));
                }
            }
        }
        if (han.charAt(i) == '第') {
            candidates.add(new Unit(Type.SKIP, i, i + 1, i + 1, null));
        } else {
            candidates.add(new Unit(Type.CHAR, i, i + 1, i + 1, null));
        }
        return candidates;
    }

    static boolean isPlace(ChineseGlossary.Term term) {
        return term.renderings().get(0).get(0).kind() == TokenKind.PLACE;
    }

    private static boolean isAdministrativeSuffix(String han, int position) {
        return position < han.length() && ADMINISTRATIVE_SUFFIXES.indexOf(han.charAt(position)) >= 0;
    }

    /**
     * End of a number starting at position, else position: an ordinal (第 + numerals), a compound
     * numeral (十四, 二十九), three or more plain digits (七六四, 五〇二), or numerals before a unit
     * (二院, 十四所).
     */
    static int numeralEnd(String han, int position) {
        int start = han.charAt(position) == '第' ? position + 1 : position;
        int end = start;
        while (end < han.length() && ChineseNumerals.isNumeral(han.charAt(end))) {
            end++;
        }
        if (end == start) {
            return position;
        }
        String numerals = han.substring(start, end);
        boolean ordinal = start > position;
        boolean compound = numerals.length() >= 2 && numerals.matches(".*[十百千].*");
        boolean digits = numerals.length() >= MIN_PLAIN_DIGITS;
        boolean beforeUnit = end < han.length() && NUMBERED_UNITS.indexOf(han.charAt(end)) >= 0;
        return (ordinal || compound || digits || beforeUnit) && ChineseNumerals.value(numerals) >= 0 ? end : position;
    }
}
