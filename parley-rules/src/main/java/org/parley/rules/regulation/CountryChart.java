package org.parley.rules.regulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.rules.request.Countries;
import tools.jackson.databind.JsonNode;

/** The Commerce Country Chart (Supp. No. 1 to Part 738) keyed by ISO alpha-2 code. Immutable, thread-safe. */
public final class CountryChart {
    private final Map<String, Set<String>> marks;
    private final Set<String> embargoed;
    private final List<String> columns;
    private final String source;

    private CountryChart(Map<String, Set<String>> marks, Set<String> embargoed, List<String> columns, String source) {
        this.marks = Map.copyOf(marks);
        this.embargoed = Set.copyOf(embargoed);
        this.columns = List.copyOf(columns);
        this.source = source;
    }

    static CountryChart from(JsonNode root) {
        Map<String, Set<String>> marks = new HashMap<>();
        root.path("countries")
                .properties()
                .forEach(e -> marks.put(e.getKey(), Set.copyOf(Resources.strings(e.getValue()))));
        return new CountryChart(
                marks,
                Set.copyOf(Resources.strings(root.path("embargoed"))),
                Resources.strings(root.path("columns")),
                root.path("source").asString() + " (eCFR "
                        + root.path("ecfrIssueDate").asString() + ")");
    }

    /** True when the chart has an X for {@code column} (e.g. {@code NS1}) and the destination. */
    public boolean marked(String country, String column) {
        return marks.getOrDefault(Countries.countryOf(country), Set.of()).contains(column);
    }

    /** True when the destination's row points to Part 746 instead of carrying marks. */
    public boolean embargoed(String country) {
        return embargoed.contains(Countries.countryOf(country));
    }

    /** True when the chart has a row for the destination (the US has none: it is not a destination). */
    public boolean hasRow(String country) {
        return marks.containsKey(Countries.countryOf(country)) || embargoed(country);
    }

    public boolean isColumn(String column) {
        return columns.contains(column);
    }

    public String source() {
        return source;
    }
}
