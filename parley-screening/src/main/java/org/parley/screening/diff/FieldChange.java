package org.parley.screening.diff;

import java.util.List;

/**
 * How one field of an entry changed between two snapshots: the values that went and the values
 * that came. A single-valued field (licence policy, FR citation …) has at most one of each, so
 * {@code removed} is the old value and {@code added} the new one. Immutable.
 */
public record FieldChange(EntryField field, List<String> removed, List<String> added) {

    public FieldChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
