package org.parley.rules.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The military end-use / end-user rule (§744.21) and the military-intelligence rule (§744.22).
 * Immutable, thread-safe.
 *
 * @param supplement2 the ECCNs of Supp. No. 2 to Part 744 (reduced list, see ear-rules.json)
 * @param intelligenceCountries destinations of §744.22
 */
public record MilitaryEndUseRules(
        String citation,
        List<CountryScope> countries,
        Set<String> supplement2,
        String intelligenceCitation,
        LocalDate intelligenceFrom,
        Set<String> intelligenceCountries) {

    /** One destination's §744.21 scope from a date: Supp. No. 2 items, or every item subject to the EAR. */
    public record CountryScope(String country, boolean allItems, LocalDate from, String note) {
        public boolean inForceOn(LocalDate day) {
            return from == null || !day.isBefore(from);
        }
    }

    /** The widest scope in force for the destination on the day, or null when §744.21 does not reach it. */
    public CountryScope scopeFor(String country, LocalDate day) {
        CountryScope widest = null;
        for (CountryScope scope : countries) {
            if (scope.country().equals(country) && scope.inForceOn(day) && (widest == null || scope.allItems())) {
                widest = scope;
            }
        }
        return widest;
    }
}
