package org.parley.rules.regulation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.parley.rules.request.Countries;
import tools.jackson.databind.JsonNode;

/** The Country Groups of Supp. No. 1 to Part 740 keyed by ISO alpha-2 code. Immutable, thread-safe. */
public final class CountryGroups {
    private final Map<String, Set<String>> groups;

    private CountryGroups(Map<String, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    static CountryGroups from(JsonNode root) {
        Map<String, Set<String>> groups = new HashMap<>();
        root.path("countries")
                .properties()
                .forEach(e -> groups.put(e.getKey(), Set.copyOf(Resources.strings(e.getValue()))));
        return new CountryGroups(groups);
    }

    /** True when the destination is in the group, e.g. {@code in("CN", "D:1")}. */
    public boolean in(String country, String group) {
        return groups.getOrDefault(Countries.countryOf(country), Set.of()).contains(group);
    }

    public Set<String> of(String country) {
        return groups.getOrDefault(Countries.countryOf(country), Set.of());
    }
}
