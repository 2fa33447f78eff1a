package org.parley.screening.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the CSL CSV {@code addresses} column: addresses joined by "; ", each "street, city,
 * state, postal code, CC" with empty parts left out. Because empty parts are dropped, the parts
 * cannot be told apart reliably: a lone part before the country is taken as the city, otherwise
 * the whole text before the country is kept as {@code street} so {@link Address#oneLine()} gives
 * it back unchanged. Thread-safe (stateless).
 */
final class CslAddressText {
    private static final String ADDRESS_SEPARATOR = "; ";
    private static final String PART_SEPARATOR = ", ";

    private CslAddressText() {}

    static List<Address> parse(String column) {
        var addresses = new ArrayList<Address>();
        for (String text : TextSplitter.split(column, ADDRESS_SEPARATOR)) {
            addresses.add(parseOne(text));
        }
        return addresses;
    }

    private static Address parseOne(String text) {
        // A value without parts, or a whole value that is a country name ("MAN, ISLE OF"), is the country.
        if (!text.contains(PART_SEPARATOR) || Countries.isoCode(text).isPresent()) {
            return Address.countryOnly(Countries.codeOrText(text));
        }
        int lastSeparator = text.lastIndexOf(PART_SEPARATOR);
        String last = text.substring(lastSeparator + PART_SEPARATOR.length()).trim();
        boolean endsWithCountry = Countries.isoCode(last).isPresent();
        String country = endsWithCountry ? Countries.codeOrText(last) : null;
        String rest = endsWithCountry ? text.substring(0, lastSeparator).trim() : text;
        if (!rest.contains(PART_SEPARATOR)) {
            return new Address(null, rest, null, null, country);
        }
        return new Address(rest, null, null, null, country);
    }
}
