package org.parley.screening.names;

import java.util.HashMap;
import java.util.Map;

/** Reads numbers written as digits, ordinals ("10th") or English words ("third"). Stateless. */
final class NumberWords {
    private static final Map<String, String> NUMBER_WORDS = numberWords();

    private NumberWords() {}

    /** "12" → "12", "10th" → "10", "third" → "3"; null when the word is not a number. */
    static String value(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == word.length()) {
            return stripLeadingZeros(word);
        }
        String suffix = word.substring(digits);
        if (digits > 0 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return stripLeadingZeros(word.substring(0, digits));
        }
        return NUMBER_WORDS.get(word);
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static Map<String, String> numberWords() {
        String[] cardinals = {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty"
        };
        String[] ordinals = {
            "",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth"
        };
        var words = new HashMap<String, String>();
        for (int value = 0; value < cardinals.length; value++) {
            words.put(cardinals[value], Integer.toString(value));
            if (!ordinals[value].isEmpty()) {
                words.put(ordinals[value], Integer.toString(value));
            }
        }
        return Map.copyOf(words);
    }
}
