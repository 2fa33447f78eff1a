package org.parley.screening.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.screening.lists.ListEntry;

/**
 * Pairs the entries that share one {@link EntryKey} in the older and the newer snapshot. Usually
 * there is one on each side; a list may hold a party several times (a denied person at several
 * addresses, an SDN party both from the CSL and from OFAC's own file), and then each older entry is
 * paired with the newer one it differs from least. Not thread-safe; one per key.
 */
final class EntryPairing {

    /** An older entry, the newer entry it became, and what changed. */
    record Pair(ListEntry older, ListEntry newer, List<FieldChange> changes) {}

    private final List<ListEntry> older;
    private final List<ListEntry> newer;
    private final Set<EntryField> fields;
    private final List<Pair> pairs = new ArrayList<>();

    /** Pairs the entries, comparing only {@code fields}. */
    EntryPairing(List<ListEntry> older, List<ListEntry> newer, Set<EntryField> fields) {
        this.older = new ArrayList<>(older);
        this.newer = new ArrayList<>(newer);
        this.fields = fields;
        pairAll();
    }

    List<Pair> pairs() {
        return pairs;
    }

    /** Older entries left without a partner: removed. */
    List<ListEntry> unpairedOlder() {
        return older;
    }

    /** Newer entries left without a partner: added. */
    List<ListEntry> unpairedNewer() {
        return newer;
    }

    private void pairAll() {
        if (older.size() == 1 && newer.size() == 1) {
            pairs.add(
                    new Pair(older.get(0), newer.get(0), FieldComparison.changes(older.get(0), newer.get(0), fields)));
            older.clear();
            newer.clear();
            return;
        }
        // Groups are small (a handful of entries), so trying every pairing for the closest is cheap.
        while (!older.isEmpty() && !newer.isEmpty()) {
            Pair closest = null;
            for (ListEntry before : older) {
                for (ListEntry after : newer) {
                    List<FieldChange> changes = FieldComparison.changes(before, after, fields);
                    if (closest == null || weight(changes) < weight(closest.changes())) {
                        closest = new Pair(before, after, changes);
                    }
                }
            }
            pairs.add(closest);
            older.remove(closest.older());
            newer.remove(closest.newer());
        }
    }

    private static int weight(List<FieldChange> changes) {
        return changes.stream()
                .mapToInt(change -> change.removed().size() + change.added().size())
                .sum();
    }
}
