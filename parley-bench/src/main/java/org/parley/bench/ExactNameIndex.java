package org.parley.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;

/**
 * A hash index of every list name and alias, case and punctuation folded: the benchmark's stand-in
 * screener while the name matcher is not on main. Exact hits only, score 1.0. Immutable, thread-safe.
 */
final class ExactNameIndex implements Screener {
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ListSnapshot snapshot;
    private final Map<String, List<ListEntry>> byName;

    ExactNameIndex(ListSnapshot snapshot) {
        this.snapshot = snapshot;
        Map<String, List<ListEntry>> index = new HashMap<>();
        for (ListEntry entry : snapshot.entries()) {
            entry.allNames()
                    .map(ExactNameIndex::key)
                    .distinct()
                    .forEach(name ->
                            index.computeIfAbsent(name, k -> new ArrayList<>()).add(entry));
        }
        this.byName = Map.copyOf(index);
    }

    @Override
    public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
        return byName.getOrDefault(key(query.name()), List.of()).stream()
                .map(entry -> new ScreeningHit(entry, entry.name(), 1.0, List.of("same name")))
                .toList();
    }

    @Override
    public ListSnapshot snapshot() {
        return snapshot;
    }

    private static String key(String name) {
        return NON_ALPHANUMERIC
                .matcher(name.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }
}
