package org.parley.screening.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.screening.lists.ListEntry;

/** Compares the entries of one list in two snapshots, keyed by {@link EntryKey}. Thread-safe (stateless). */
final class ListComparison {

    private static final Comparator<EntrySummary> BY_NAME =
            Comparator.comparing(EntrySummary::name).thenComparing(EntrySummary::id);

    private ListComparison() {}

    static ListChanges compare(String listCode, List<ListEntry> older, List<ListEntry> newer) {
        Map<EntryKey, List<ListEntry>> olderByKey = byKey(older);
        Map<EntryKey, List<ListEntry>> newerByKey = byKey(newer);
        Set<EntryField> olderFields = FieldComparison.carried(older);
        Set<EntryField> newerFields = FieldComparison.carried(newer);
        Set<EntryField> fields = EnumSet.copyOf(olderFields);
        fields.retainAll(newerFields);
        var added = new ArrayList<EntrySummary>();
        var removed = new ArrayList<EntrySummary>();
        var changed = new ArrayList<EntryChange>();
        int unchanged = 0;
        for (var group : olderByKey.entrySet()) {
            var pairing =
                    new EntryPairing(group.getValue(), newerByKey.getOrDefault(group.getKey(), List.of()), fields);
            for (EntryPairing.Pair pair : pairing.pairs()) {
                if (pair.changes().isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new EntryChange(EntrySummary.of(pair.newer()), pair.changes()));
                }
            }
            pairing.unpairedOlder().forEach(entry -> removed.add(EntrySummary.of(entry)));
            pairing.unpairedNewer().forEach(entry -> added.add(EntrySummary.of(entry)));
        }
        newerByKey.forEach((key, entries) -> {
            if (!olderByKey.containsKey(key)) {
                entries.forEach(entry -> added.add(EntrySummary.of(entry)));
            }
        });
        added.sort(BY_NAME);
        removed.sort(BY_NAME);
        changed.sort(Comparator.comparing(EntryChange::entry, BY_NAME));
        String source = (newer.isEmpty() ? older : newer).get(0).source();
        // Fields only one side carries: a change there cannot be told from a difference of format.
        List<EntryField> notCompared = Arrays.stream(EntryField.values())
                .filter(field -> olderFields.contains(field) != newerFields.contains(field))
                .toList();
        return new ListChanges(
                listCode, source, older.size(), newer.size(), unchanged, added, removed, changed, notCompared);
    }

    private static Map<EntryKey, List<ListEntry>> byKey(List<ListEntry> entries) {
        var byKey = new LinkedHashMap<EntryKey, List<ListEntry>>();
        for (ListEntry entry : entries) {
            byKey.computeIfAbsent(EntryKey.of(entry), key -> new ArrayList<>()).add(entry);
        }
        return byKey;
    }
}
