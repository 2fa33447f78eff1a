package org.parley.screening.diff;

import java.text.Normalizer;
import java.util.Locale;
import org.parley.screening.lists.ListCodes;
import org.parley.screening.lists.ListEntry;

/**
 * What makes an entry "the same party" in two snapshots of one list: the OFAC entity number where
 * the list gives one, the UN reference number on the UN list, else the primary name folded for case,
 * width, punctuation and spacing. Other published identifiers (the CSL {@code _id}, content-derived
 * ids) are not used, because they change from one download to the next. Immutable.
 *
 * @param identity e.g. {@code ent:30947}, {@code ref:QDi.001}, {@code name:huawei technologies co ltd}
 */
public record EntryKey(String listCode, String identity) {

    public static EntryKey of(ListEntry entry) {
        return of(entry.listCode(), entry.entityNumber(), entry.id(), entry.name());
    }

    /** The key of an entry a digest reports on list {@code listCode}. */
    public static EntryKey of(String listCode, EntrySummary entry) {
        return of(listCode, entry.entityNumber(), entry.id(), entry.name());
    }

    private static EntryKey of(String listCode, String entityNumber, String id, String name) {
        if (entityNumber != null && !entityNumber.isBlank()) {
            return new EntryKey(listCode, "ent:" + entityNumber.strip());
        }
        if (ListCodes.UN.equals(listCode)) {
            return new EntryKey(listCode, "ref:" + id.strip());
        }
        return new EntryKey(listCode, "name:" + foldName(name));
    }

    /** The name in lower case, NFKC-normalized, with every run of non-letters and non-digits as one space. */
    static String foldName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
