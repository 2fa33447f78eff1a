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
        if (entry.entityNumber() != null && !entry.entityNumber().isBlank()) {
            return new EntryKey(entry.listCode(), "ent:" + entry.entityNumber().strip());
        }
        if (ListCodes.UN.equals(entry.listCode())) {
            return new EntryKey(entry.listCode(), "ref:" + entry.id().strip());
        }
        return new EntryKey(entry.listCode(), "name:" + foldName(entry.name()));
    }

    /** The name in lower case, NFKC-normalized, with every run of non-letters and non-digits as one space. */
    static String foldName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
