package org.parley.screening.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads OFAC remarks: the weak names they carry as {@code a.k.a. 'NAME'} (also f.k.a. / n.k.a.).
 * A name may contain an apostrophe ({@code a.k.a. 'ABU-'UMAR'}), so a quote only closes the name
 * when the remark goes on with ";" or a final "."; names published in doubled quotes ({@code
 * ''FUPI''}) lose the inner pair. Thread-safe (stateless).
 */
final class OfacRemarks {
    private static final Pattern OPENING = Pattern.compile("\\b[afn]\\.k\\.a\\. '");

    private OfacRemarks() {}

    static List<String> weakAliases(String remarks) {
        var names = new ArrayList<String>();
        if (remarks == null) {
            return names;
        }
        var matcher = OPENING.matcher(remarks);
        int from = 0;
        while (from < remarks.length() && matcher.find(from)) {
            int start = matcher.end();
            int end = closingQuote(remarks, start);
            if (end < 0) {
                break; // an unclosed quote: the remark was cut and its overflow is missing
            }
            String name = withoutOuterQuotes(remarks.substring(start, end).trim());
            if (!name.isEmpty()) {
                names.add(name);
            }
            from = end + 1;
        }
        return names;
    }

    private static int closingQuote(String text, int from) {
        for (int i = text.indexOf('\'', from); i >= 0; i = text.indexOf('\'', i + 1)) {
            if (endsName(text, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsName(String text, int next) {
        if (next >= text.length()) {
            return true;
        }
        char c = text.charAt(next);
        if (c == ';') {
            return true;
        }
        return c == '.' && (next + 1 >= text.length() || Character.isWhitespace(text.charAt(next + 1)));
    }

    private static String withoutOuterQuotes(String name) {
        boolean quoted = name.length() > 2 && name.startsWith("'") && name.endsWith("'");
        return quoted ? name.substring(1, name.length() - 1) : name;
    }
}
