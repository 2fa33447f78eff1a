package org.parley.core.testing;

import java.util.List;
import java.util.Locale;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;

/**
 * A deliberately simple screener for platform tests: a hit when the query equals an entry's name or
 * alias after case and punctuation folding. The real matcher lives in parley-screening. Immutable.
 */
public record ExactNameScreener(ListSnapshot snapshot) implements Screener {

    @Override
    public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
        String wanted = fold(query.name());
        return snapshot.entries().stream()
                .filter(entry -> entry.allNames().anyMatch(name -> fold(name).equals(wanted)))
                .map(entry -> new ScreeningHit(entry, matchedName(entry, wanted), 1.0, List.of("exact name")))
                .toList();
    }

    private static String matchedName(ListEntry entry, String wanted) {
        return entry.allNames()
                .filter(name -> fold(name).equals(wanted))
                .findFirst()
                .orElseThrow();
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
