package org.parley.screening.diff;

import java.util.List;

/**
 * An entry present in both snapshots whose content changed.
 *
 * @param entry the entry as the newer snapshot has it
 * @param changes one item per changed field, in {@link EntryField} order
 */
public record EntryChange(EntrySummary entry, List<FieldChange> changes) {

    public EntryChange {
        changes = List.copyOf(changes);
    }
}
