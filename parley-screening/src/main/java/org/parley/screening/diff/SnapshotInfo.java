package org.parley.screening.diff;

import java.time.LocalDate;
import java.util.List;
import org.parley.screening.lists.ListSnapshot;

/**
 * Which snapshot one side of a comparison is. Immutable.
 *
 * @param label how the caller named it: a stored snapshot id, or the file or folder read
 * @param formats the formats of its source files (CSL_CSV, OFAC_SDN, UN_XML …), distinct, sorted
 */
public record SnapshotInfo(String label, LocalDate asOf, String contentHash, int entries, List<String> formats) {

    public SnapshotInfo {
        formats = List.copyOf(formats);
    }

    public static SnapshotInfo of(String label, ListSnapshot snapshot) {
        List<String> formats = snapshot.sources().stream()
                .map(ListSnapshot.SourceFile::format)
                .distinct()
                .sorted()
                .toList();
        return new SnapshotInfo(label, snapshot.asOf(), snapshot.contentHash(), snapshot.size(), formats);
    }
}
