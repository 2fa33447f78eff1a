package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.names.NameNormalizer;

/**
 * The Entity List entries of a snapshot by normalized name and alias (also with parentheses
 * removed), to resolve an English name written in an evaluation set to the entries it stands for.
 * Immutable, thread-safe.
 */
final class EntityListNames {
    private final NameNormalizer normalizer = NameNormalizer.standard();
    private final Map<String, Set<Integer>> entriesByName = new HashMap<>();

    EntityListNames(ListSnapshot snapshot) {
        List<ListEntry> entries = snapshot.entries();
        for (int index = 0; index < entries.size(); index++) {
            ListEntry entry = entries.get(index);
            if (!entry.listCode().equals("EL")) {
                continue;
            }
            var names = new ArrayList<String>();
            names.add(entry.name());
            entry.aliases().stream().map(Alias::name).forEach(names::add);
            for (String name : names) {
                for (String variant : List.of(name, name.replaceAll("\\([^()]*\\)", " "))) {
                    entriesByName
                            .computeIfAbsent(normalizer.normalize(variant).text(), key -> new TreeSet<>())
                            .add(index);
                }
            }
        }
    }

    /** Positions of the Entity List entries listed under {@code englishName}; empty when none. */
    Set<Integer> entries(String englishName) {
        Set<Integer> found = entriesByName.get(normalizer.normalize(englishName).text());
        return found == null ? Set.of() : Set.copyOf(found);
    }
}
