package org.parley.screening.index;

import java.util.List;

/**
 * A name or alias of a list entry as held by the index.
 *
 * @param entryIndex position of the entry in the snapshot
 * @param name the name as listed (or as derived from the listed name)
 * @param weak whether it is a weak alias, matched only (near-)exactly
 * @param derived whether it was derived from a listed name (parenthesis, "a.k.a." fragment)
 * @param variants the prepared token variants, at least one
 */
public record IndexedName(int entryIndex, String name, boolean weak, boolean derived, List<PreparedName> variants) {
    public IndexedName {
        variants = List.copyOf(variants);
    }
}
