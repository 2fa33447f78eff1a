package org.parley.core.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one import or update stored: the manifest of a list snapshot on disk.
 *
 * @param id folder name of the snapshot under {@code snapshots/}
 * @param importedAt when it was stored
 * @param origin what it came from (paths imported, or URLs downloaded)
 * @param asOf data date of the newest source file
 * @param contentHash the snapshot's content hash (see ListSnapshot)
 * @param entries number of entries
 * @param entriesByList entries per list code
 * @param sources one line per source file read
 */
public record StoredLists(
        String id,
        Instant importedAt,
        List<String> origin,
        LocalDate asOf,
        String contentHash,
        int entries,
        Map<String, Integer> entriesByList,
        List<Source> sources) {

    /** One source file of the snapshot. */
    public record Source(String format, String name, LocalDate asOf, int entries) {}
}
