package org.parley.screening;

import java.util.List;
import java.util.Objects;
import org.parley.screening.lists.ListEntry;

/**
 * One list entry that a screened name may refer to. This is the result type the rules engine and
 * the platform consume.
 *
 * @param entry the listed party
 * @param matchedName the entry's name or alias that scored best
 * @param score similarity in [0, 1]
 * @param explanation human-readable reasons, in the order the matcher applied them
 */
public record ScreeningHit(ListEntry entry, String matchedName, double score, List<String> explanation) {
    public ScreeningHit {
        Objects.requireNonNull(entry, "entry");
        explanation = List.copyOf(explanation);
    }

    public String listCode() {
        return entry.listCode();
    }
}
