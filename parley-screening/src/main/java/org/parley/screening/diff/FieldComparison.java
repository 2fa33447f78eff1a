package org.parley.screening.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.screening.lists.ListEntry;

/** Compares two entries field by field. Thread-safe (stateless). */
final class FieldComparison {

    private FieldComparison() {}

    /**
     * The fields a list carries: those that at least one of its entries fills. A list whose download
     * leaves a field out altogether (the CSL's remarks, say) should not report every entry as changed.
     */
    static Set<EntryField> carried(List<ListEntry> entries) {
        Set<EntryField> carried = EnumSet.noneOf(EntryField.class);
        for (EntryField field : EntryField.values()) {
            if (entries.stream().anyMatch(entry -> !field.values(entry).isEmpty())) {
                carried.add(field);
            }
        }
        return carried;
    }

    /** The {@code fields} that differ between {@code older} and {@code newer}, in {@link EntryField} order. */
    static List<FieldChange> changes(ListEntry older, ListEntry newer, Set<EntryField> fields) {
        var changes = new ArrayList<FieldChange>();
        for (EntryField field : fields) {
            List<String> before = field.values(older);
            List<String> after = field.values(newer);
            if (!before.equals(after)) {
                changes.add(new FieldChange(field, without(before, after), without(after, before)));
            }
        }
        return changes;
    }

    private static List<String> without(List<String> values, List<String> others) {
        return values.stream().filter(value -> !others.contains(value)).toList();
    }
}
