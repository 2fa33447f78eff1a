package org.parley.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListSnapshot;

/** A test screener: a hit (score 1.0) when the query equals an entry name or alias, ignoring case and punctuation. */
final class ExactNameScreener implements Screener {
    private final ListSnapshot snapshot;

    ExactNameScreener(ListSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
        String wanted = key(query.name());
        List<ScreeningHit> hits = new ArrayList<>();
        for (var entry : snapshot.entries()) {
            entry.allNames()
                    .filter(name -> key(name).equals(wanted))
                    .findFirst()
                    .ifPresent(name -> hits.add(new ScreeningHit(entry, name, 1.0, List.of("exact name"))));
        }
        hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed());
        return hits;
    }

    @Override
    public ListSnapshot snapshot() {
        return snapshot;
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{Alnum}]+", " ").trim();
    }
}
