package org.parley.screening.names;

/** Reads Chinese numerals: 十三 → 13, 二十八 → 28, 七〇二 → 702. Stateless. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    static boolean isNumeral(char character) {
        return digit(character) >= 0 || character == '十' || character == '百' || character == '千';
    }

    /** The value of a run of numeral characters, or -1 when it is not a well-formed number. */
    static long value(String numerals) {
        if (numerals.indexOf('十') < 0 && numerals.indexOf('百') < 0 && numerals.indexOf('千') < 0) {
            long value = 0;
            for (int i = 0; i < numerals.length(); i++) {
                value = value * 10 + digit(numerals.charAt(i));
            }
            return value;
        }
        long total = 0;
        long pending = -1;
        for (int i = 0; i < numerals.length(); i++) {
            char character = numerals.charAt(i);
            int unit = character == '十' ? 10 : character == '百' ? 100 : character == '千' ? 1000 : 0;
            if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else if (digit(character) >= 0) {
                pending = digit(character);
            } else {
                return -1;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(char character) {
        if (character == '零' || character == '○') {
            return 0;
        }
        if (character == '两') {
            return 2;
        }
        return DIGITS.indexOf(character);
    }
}
