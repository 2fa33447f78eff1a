package org.parley.rules.request;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Validates destination codes: ISO 3166 alpha-2 codes, Kosovo's XK, and the ISO 3166-2 codes of the
 * regions of Ukraine that Part 746 treats as destinations of their own (Crimea, Sevastopol, Donetsk,
 * Luhansk). Thread-safe.
 */
public final class Countries {
    /** Crimea (UA-43), Sevastopol (UA-40), Donetsk (UA-14), Luhansk (UA-09): §746.6 covered regions. */
    public static final Set<String> COVERED_REGIONS_OF_UKRAINE = Set.of("UA-43", "UA-40", "UA-14", "UA-09");

    private static final Set<String> KNOWN = known();

    private Countries() {}

    /** The code upper-cased, or an exception naming the field when it is not a known code. */
    public static String require(String field, String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(upper)) {
            throw new InvalidRequestException(field, "unknown country code '" + code + "' (ISO 3166 alpha-2 expected)");
        }
        return upper;
    }

    /** The country a code belongs to: {@code UA} for the covered regions, the code itself otherwise. */
    public static String countryOf(String code) {
        return COVERED_REGIONS_OF_UKRAINE.contains(code) ? "UA" : code;
    }

    private static Set<String> known() {
        var codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        codes.addAll(COVERED_REGIONS_OF_UKRAINE);
        return Set.copyOf(codes);
    }
}
