package org.parley.core.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup archive holds; stored as {@value #ENTRY} at its start. Immutable.
 *
 * @param format version of the archive layout
 * @param schemaVersion the Flyway version of the database it was taken from; restores need the same
 * @param database "h2" or "postgresql": where it came from (either can restore it)
 * @param tables every table with its columns and row count, in insertion order
 * @param listSnapshots the stored list snapshots included, and which one was active (may be null)
 */
public record BackupManifest(
        int format,
        Instant createdAt,
        String schemaVersion,
        String database,
        List<Table> tables,
        List<String> listSnapshots,
        String activeLists) {

    static final String ENTRY = "parley-backup.json";
    static final int FORMAT = 1;

    /** One table's part of the archive. */
    public record Table(String name, List<String> columns, long rows) {}

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
