package org.parley.core.release;

import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.core.system.ValidationException;

/** Checks BIS licence numbers as entered: a letter and six or seven digits, e.g. D123456. Stateless. */
final class LicenceNumbers {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{6,7}");

    private LicenceNumbers() {}

    /** The normalized number, null when none was given; a malformed one is refused. */
    static String check(String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        String normalized = entered.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalized).matches()) {
            throw ValidationException.of(
                    "licenceNumber",
                    "'" + entered + "' is not a BIS licence number (a letter and six or seven digits, e.g. D123456)");
        }
        return normalized;
    }
}
