package org.parley.screening.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the country spellings of the official lists ("CN", "PRC", "Korea, North", "Iran (Islamic
 * Republic of)", "TURKIYE", "Man, Isle of" …) to ISO 3166 alpha-2 codes. Thread-safe (immutable
 * tables loaded once).
 */
public final class Countries {
    private static final String TABLE = "country-names.tsv";
    private static final String REGION_PREFIX = "region:";
    /** Keys of the values the lists use for "no country known" ("-0-", "na", …). */
    private static final Set<String> UNKNOWN = Set.of("0", "na", "n a", "none", "undetermined", "unknown");

    private static final Map<String, String> CODES_BY_NAME = load();
    private static final Set<String> CODES = Set.copyOf(CODES_BY_NAME.values());

    private Countries() {}

    /**
     * The ISO code for a code or a country name in any of the known spellings; a "Region: X" value
     * maps when X itself is a country name ("REGION: CHINA" → CN), otherwise it has no code.
     */
    public static Optional<String> isoCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.length() == 2 && CODES.contains(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        if (trimmed.regionMatches(true, 0, REGION_PREFIX, 0, REGION_PREFIX.length())) {
            trimmed = trimmed.substring(REGION_PREFIX.length());
        }
        return Optional.ofNullable(CODES_BY_NAME.get(key(trimmed)));
    }

    /**
     * The ISO code where one is known, else the published text trimmed (e.g. "CRIMEA (OCCUPIED)");
     * null for blank values and the lists' "unknown" markers ("-0-", "undetermined", "na").
     */
    public static String codeOrText(String text) {
        if (text == null || text.isBlank() || UNKNOWN.contains(key(text))) {
            return null;
        }
        return isoCode(text).orElse(text.trim());
    }

    /** Lower case, accents and punctuation removed, "&" read as "and", blanks collapsed. */
    static String key(String name) {
        String text = name;
        if (!text.chars().allMatch(c -> c < 0x80)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        }
        var key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            } else if (c == '&') {
                appendWord(key, "and");
            } else if (c != '\'' && c != '\u2019') {
                appendWord(key, "");
            }
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return key.substring(0, end);
    }

    /** Ends the current word (one blank, none at the start) and appends {@code word}. */
    private static void appendWord(StringBuilder key, String word) {
        if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
            key.append(' ');
        }
        if (!word.isEmpty()) {
            key.append(word).append(' ');
        }
    }

    private static Map<String, String> load() {
        var table = new HashMap<String, String>();
        var stream = Countries.class.getResourceAsStream(TABLE);
        if (stream == null) {
            throw new IllegalStateException("missing class-path resource " + TABLE);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                String previous = table.put(key(parts[1]), parts[0]);
                if (previous != null && !previous.equals(parts[0])) {
                    throw new IllegalStateException(TABLE + ": '" + parts[1] + "' maps to two codes");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
