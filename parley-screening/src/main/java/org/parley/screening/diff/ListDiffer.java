package org.parley.screening.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;

/**
 * Computes the digest of a list update: which entries each list gained, lost and changed between
 * two snapshots. Pure and deterministic: the same two snapshots always give the same digest.
 * Thread-safe (stateless).
 */
public final class ListDiffer {

    private ListDiffer() {}

    /**
     * Compares every list the two snapshots have in common.
     *
     * @param olderLabel how to name the older snapshot in the digest (a stored id, a path)
     * @param newerLabel how to name the newer snapshot
     */
    public static SnapshotDiff compare(String olderLabel, ListSnapshot older, String newerLabel, ListSnapshot newer) {
        SnapshotInfo olderInfo = SnapshotInfo.of(olderLabel, older);
        SnapshotInfo newerInfo = SnapshotInfo.of(newerLabel, newer);
        Map<String, List<ListEntry>> olderLists = byList(older);
        Map<String, List<ListEntry>> newerLists = byList(newer);
        Set<String> common = new TreeSet<>(olderLists.keySet());
        common.retainAll(newerLists.keySet());
        List<String> onlyOlder = without(olderLists.keySet(), common);
        List<String> onlyNewer = without(newerLists.keySet(), common);

        var lists = new ArrayList<ListChanges>();
        for (String code : common) {
            lists.add(ListComparison.compare(code, olderLists.get(code), newerLists.get(code)));
        }
        return new SnapshotDiff(
                olderInfo,
                newerInfo,
                lists,
                onlyOlder,
                onlyNewer,
                notes(olderInfo, newerInfo, onlyOlder, onlyNewer, common),
                incompatibility(olderLists.keySet(), newerLists.keySet(), common));
    }

    private static String incompatibility(Set<String> olderCodes, Set<String> newerCodes, Set<String> common) {
        if (!common.isEmpty() || (olderCodes.isEmpty() && newerCodes.isEmpty())) {
            return null;
        }
        return "the snapshots have no list in common, so they are different list families and cannot be"
                + " compared: the older holds " + describe(olderCodes) + ", the newer " + describe(newerCodes);
    }

    private static List<String> notes(
            SnapshotInfo older,
            SnapshotInfo newer,
            List<String> onlyOlder,
            List<String> onlyNewer,
            Set<String> common) {
        var notes = new ArrayList<String>();
        if (!common.isEmpty() && !older.formats().equals(newer.formats())) {
            notes.add("the snapshots were read from different formats (" + describe(older.formats()) + " against "
                    + describe(newer.formats()) + "): a field one format does not carry (full addresses, remarks,"
                    + " licence texts) shows up as changed");
        }
        if (!common.isEmpty() && !onlyOlder.isEmpty()) {
            notes.add("not compared, only in the older snapshot: " + String.join(", ", onlyOlder));
        }
        if (!common.isEmpty() && !onlyNewer.isEmpty()) {
            notes.add("not compared, only in the newer snapshot: " + String.join(", ", onlyNewer));
        }
        return notes;
    }

    private static Map<String, List<ListEntry>> byList(ListSnapshot snapshot) {
        return snapshot.entries().stream()
                .collect(Collectors.groupingBy(ListEntry::listCode, TreeMap::new, Collectors.toList()));
    }

    private static List<String> without(Set<String> codes, Set<String> common) {
        return codes.stream().filter(code -> !common.contains(code)).sorted().toList();
    }

    private static String describe(Collection<String> codes) {
        return codes.isEmpty() ? "nothing" : String.join(", ", codes);
    }
}
