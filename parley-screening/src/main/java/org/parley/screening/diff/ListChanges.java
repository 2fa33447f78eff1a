package org.parley.screening.diff;

import java.util.List;

/**
 * What changed on one list (EL, SDN, UN …) between two snapshots. Immutable.
 *
 * @param listCode the list's short code
 * @param source the list's full name, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param olderEntries entries of the list in the older snapshot
 * @param newerEntries entries of the list in the newer snapshot
 * @param unchanged entries present in both with the same content
 * @param fieldsNotCompared fields that one of the two snapshots leaves empty throughout this list
 *     (e.g. remarks in a CSL download), so that a change in them cannot be told from the format
 */
public record ListChanges(
        String listCode,
        String source,
        int olderEntries,
        int newerEntries,
        int unchanged,
        List<EntrySummary> added,
        List<EntrySummary> removed,
        List<EntryChange> changed,
        List<EntryField> fieldsNotCompared) {

    public ListChanges {
        fieldsNotCompared = List.copyOf(fieldsNotCompared);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Whether nothing was added, removed or changed. */
    public boolean unchangedList() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
