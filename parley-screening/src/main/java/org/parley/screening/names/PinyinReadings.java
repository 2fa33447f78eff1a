package org.parley.screening.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters with several common readings (长 chang/zhang, 厦 xia/sha): ICU reads each one way, names
 * often use the other, so a romanized word gets the other joined spellings as alternatives.
 * Immutable, thread-safe.
 */
final class PinyinReadings {
    private static final int MAX_ALTERNATIVES = 3;

    private final Map<Character, List<String>> readings;

    private PinyinReadings(Map<Character, List<String>> readings) {
        this.readings = Map.copyOf(readings);
    }

    static PinyinReadings load(String resource) {
        var readings = new HashMap<Character, List<String>>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            if (line.field(0).length() != 1) {
                throw new IllegalStateException(
                        line.resource() + ":" + line.number() + ": expected one character, got " + line.field(0));
            }
            readings.put(line.field(0).charAt(0), List.of(line.field(1).split("\\|")));
        }
        return new PinyinReadings(readings);
    }

    /**
     * Joined spellings of characters [from, to) of {@code han} other than {@code primary} (at most
     * three), where {@code syllables[i]} is ICU's reading of character i.
     */
    List<String> alternatives(String han, String[] syllables, int from, int to, String primary) {
        if (syllables.length != han.length()) {
            return List.of(); // not one syllable per character: readings cannot be lined up
        }
        List<String> spellings = List.of("");
        boolean any = false;
        for (int i = from; i < to; i++) {
            List<String> options = readings.get(han.charAt(i));
            any |= options != null;
            var next = new ArrayList<String>();
            for (String prefix : spellings) {
                for (String option : options == null ? List.of(syllables[i]) : options) {
                    if (next.size() <= MAX_ALTERNATIVES) {
                        next.add(prefix + option);
                    }
                }
            }
            spellings = next;
        }
        if (!any) {
            return List.of();
        }
        var alternatives = new ArrayList<String>(spellings);
        alternatives.remove(primary);
        return alternatives.size() > MAX_ALTERNATIVES ? alternatives.subList(0, MAX_ALTERNATIVES) : alternatives;
    }
}
