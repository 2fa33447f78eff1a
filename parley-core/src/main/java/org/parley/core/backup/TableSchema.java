package org.parley.core.backup;

import java.util.List;

/**
 * One table as the backup sees it: its columns in order and its primary key. Immutable.
 *
 * @param primaryKey the key's column names (empty when the table has none)
 */
record TableSchema(String name, List<Column> columns, List<String> primaryKey) {

    /**
     * One column.
     *
     * @param type how values are written and read back
     * @param references the table a foreign key on this column points to, or null
     * @param identity whether the database generates its values (restarted after a restore)
     */
    record Column(String name, ColumnType type, boolean nullable, String references, boolean identity) {}

    /**
     * Whether a restore fills this column in a second pass: nullable references of tables with a
     * key, which breaks reference cycles (a side's head is one of its members).
     */
    boolean defers(Column column) {
        return !primaryKey.isEmpty() && column.nullable() && column.references() != null;
    }

    List<Column> deferredColumns() {
        return columns.stream().filter(this::defers).toList();
    }
}
