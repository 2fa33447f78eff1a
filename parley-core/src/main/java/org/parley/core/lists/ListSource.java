package org.parley.core.lists;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where one official list is published: a base URL and the file names to fetch from it. The files
 * of a source are stored together in a folder named after the source.
 */
public record ListSource(String name, URI base, List<String> files) {

    /** The official publication points; {@code parley lists update} fetches all of them. */
    public static final List<ListSource> OFFICIAL = List.of(
            new ListSource(
                    "csl",
                    URI.create("https://data.trade.gov/downloadable_consolidated_screening_list/v1/"),
                    List.of("consolidated.csv")),
            new ListSource(
                    "ofac-sdn",
                    URI.create("https://www.treasury.gov/ofac/downloads/"),
                    List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")),
            new ListSource(
                    "un", URI.create("https://scsanctions.un.org/resources/xml/en/"), List.of("consolidated.xml")));

    public ListSource {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("list source name must be lower-case letters, digits and '-': " + name);
        }
        String text = base.toString();
        base = text.endsWith("/") ? base : URI.create(text + "/");
        files = List.copyOf(files);
    }

    /**
     * The official sources with some base URLs replaced, e.g. {@code {"csl": "http://mirror/csl/"}}.
     * An unknown name is refused so that a typo cannot silently skip a list.
     */
    public static List<ListSource> officialWithOverrides(Map<String, URI> overrides) {
        for (String name : overrides.keySet()) {
            if (OFFICIAL.stream().noneMatch(source -> source.name().equals(name))) {
                throw new IllegalArgumentException("unknown list source '" + name + "'; known: "
                        + OFFICIAL.stream().map(ListSource::name).toList());
            }
        }
        return OFFICIAL.stream()
                .map(source -> new ListSource(
                        source.name(), overrides.getOrDefault(source.name(), source.base()), source.files()))
                .toList();
    }
}
