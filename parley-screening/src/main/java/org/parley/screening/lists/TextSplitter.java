package org.parley.screening.lists;

import java.util.ArrayList;
import java.util.List;

/** Splits multi-valued list fields on a literal separator (no regex). Thread-safe (stateless). */
final class TextSplitter {
    private TextSplitter() {}

    /** The parts of {@code text} between separators, trimmed, blank parts dropped. */
    static List<String> split(String text, String separator) {
        var parts = new ArrayList<String>();
        if (text == null) {
            return parts;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                end = text.length();
            }
            String part = text.substring(start, end).trim();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            start = end + separator.length();
        }
        return parts;
    }
}
