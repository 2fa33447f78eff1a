package org.parley.screening.lists;

/**
 * A postal address of a listed party. Any part may be null; {@code country} is an ISO 3166 alpha-2
 * code when the source gives one that maps to a code, otherwise the source's own text.
 */
public record Address(String street, String city, String region, String postalCode, String country) {

    public static Address countryOnly(String country) {
        return new Address(null, null, null, null, country);
    }

    /** The address as one line, parts that are present joined by ", ". */
    public String oneLine() {
        var line = new StringBuilder();
        for (String part : new String[] {street, city, region, postalCode, country}) {
            if (part != null && !part.isBlank()) {
                if (!line.isEmpty()) {
                    line.append(", ");
                }
                line.append(part.trim());
            }
        }
        return line.toString();
    }
}
