package org.parley.rules.request;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Export Control Classification Number such as {@code 5E002}, {@code 5D992.c} or {@code 5A002.z.1.a},
 * or the designation {@code EAR99}. Immutable.
 *
 * @param head the five-character entry ({@code 5E002}), or {@code EAR99}
 * @param paragraph the paragraph below the entry ({@code c}, {@code z.1.a}), or null for the whole entry
 */
public record Eccn(String head, String paragraph) {
    private static final Pattern SYNTAX = Pattern.compile("([0-9][A-E][0-9]{3})((?:\\.[a-z0-9]+)*)");
    public static final Eccn EAR99 = new Eccn("EAR99", null);

    public Eccn {
        Objects.requireNonNull(head, "head");
    }

    /** Parses an ECCN, tolerating case and surrounding blanks; rejects anything else. */
    public static Eccn parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("EAR99")) {
            return EAR99;
        }
        String normalized = trimmed.length() >= 5
                ? trimmed.substring(0, 5).toUpperCase(Locale.ROOT)
                        + trimmed.substring(5).toLowerCase(Locale.ROOT)
                : trimmed;
        var matcher = SYNTAX.matcher(normalized);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ECCN (e.g. 5E002, 5D992.c) or EAR99");
        }
        String paragraph = matcher.group(2).isEmpty() ? null : matcher.group(2).substring(1);
        return new Eccn(matcher.group(1), paragraph);
    }

    public boolean isEar99() {
        return "EAR99".equals(head);
    }

    /** True when this is the same entry as {@code other}, at or below its paragraph. */
    public boolean within(Eccn other) {
        if (!head.equals(other.head)) {
            return false;
        }
        return other.paragraph == null
                || (paragraph != null
                        && (paragraph.equals(other.paragraph) || paragraph.startsWith(other.paragraph + ".")));
    }

    /** True when this entry is a "600 series" or 9x515 entry (munitions moved from the USML). */
    public boolean isMunitionsSeries() {
        return !isEar99() && (head.charAt(2) == '6' || head.endsWith("515"));
    }

    @Override
    public String toString() {
        return paragraph == null ? head : head + "." + paragraph;
    }
}
