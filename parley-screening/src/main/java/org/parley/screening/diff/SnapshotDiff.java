package org.parley.screening.diff;

import java.util.List;
import java.util.Optional;

/**
 * The digest of a list update: per list, the entries added, removed and changed between an older
 * and a newer snapshot. Only lists present in both snapshots are compared; snapshots without any
 * list in common (say the OFAC SDN list against OFAC's non-SDN consolidated list) are incompatible,
 * and {@code incompatibility} says why. Immutable.
 *
 * @param lists one item per list present in both, by list code
 * @param listsOnlyInOlder list codes only the older snapshot holds (not compared)
 * @param listsOnlyInNewer list codes only the newer snapshot holds (not compared)
 * @param notes caveats a reader should know, e.g. that the two were read from different formats
 * @param incompatibility why the snapshots cannot be compared, or null when they can
 */
public record SnapshotDiff(
        SnapshotInfo older,
        SnapshotInfo newer,
        List<ListChanges> lists,
        List<String> listsOnlyInOlder,
        List<String> listsOnlyInNewer,
        List<String> notes,
        String incompatibility) {

    public SnapshotDiff {
        lists = List.copyOf(lists);
        listsOnlyInOlder = List.copyOf(listsOnlyInOlder);
        listsOnlyInNewer = List.copyOf(listsOnlyInNewer);
        notes = List.copyOf(notes);
    }

    /** The changes of one list, if both snapshots hold it. */
    public Optional<ListChanges> list(String listCode) {
        return lists.stream().filter(list -> list.listCode().equals(listCode)).findFirst();
    }

    /** Whether the snapshots could be compared at all. */
    public boolean comparable() {
        return incompatibility == null;
    }

    /** Whether any compared list has an addition, removal or change. */
    public boolean anyChange() {
        return lists.stream().anyMatch(list -> !list.unchangedList());
    }
}
