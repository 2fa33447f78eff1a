package org.parley.rules.regulation;

import java.util.List;

/** Where a licence-requirement row of an ECCN requires a licence. */
public sealed interface ControlDestination {

    /** Whether a licence is required for the destination (ISO alpha-2). */
    boolean covers(String country, CountryChart chart, CountryGroups groups);

    /** The provision to cite when the row requires a licence. */
    String citation();

    /** A Country Chart column such as NS1. */
    record Column(String column) implements ControlDestination {
        @Override
        public boolean covers(String country, CountryChart chart, CountryGroups groups) {
            return chart.marked(country, column);
        }

        @Override
        public String citation() {
            return "15 CFR 738.4 (" + column + ")";
        }
    }

    /** Every destination except the listed ones (e.g. EI: all but Canada). */
    record AllExcept(List<String> countries, String citation) implements ControlDestination {
        @Override
        public boolean covers(String country, CountryChart chart, CountryGroups groups) {
            return !countries.contains(country);
        }
    }

    /** Destinations in any of the groups (or listed), unless also in an excluded group. */
    record Groups(List<String> groups, List<String> countries, List<String> excludeGroups, String citation)
            implements ControlDestination {
        @Override
        public boolean covers(String country, CountryChart chart, CountryGroups countryGroups) {
            boolean included =
                    countries.contains(country) || groups.stream().anyMatch(g -> countryGroups.in(country, g));
            return included && excludeGroups.stream().noneMatch(g -> countryGroups.in(country, g));
        }
    }

    /** The listed destinations only. */
    record Listed(List<String> countries, String citation) implements ControlDestination {
        @Override
        public boolean covers(String country, CountryChart chart, CountryGroups groups) {
            return countries.contains(country);
        }
    }

    /** A pointer elsewhere in the EAR (UN controls, Part 746) that other steps decide. */
    record Referral(String text) implements ControlDestination {
        @Override
        public boolean covers(String country, CountryChart chart, CountryGroups groups) {
            return false;
        }

        @Override
        public String citation() {
            return text;
        }
    }
}
