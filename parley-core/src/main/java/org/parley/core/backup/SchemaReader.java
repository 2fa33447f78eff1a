package org.parley.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the application's tables from the database's own catalogue, in an order in which rows can be
 * inserted: a table comes after every table its non-null foreign keys point to. Flyway's history is
 * left out: it describes the schema, which the restoring installation builds itself. Stateless.
 */
final class SchemaReader {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaReader() {}

    static List<TableSchema> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, TableSchema> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).equals(FLYWAY_HISTORY)) {
                    tables.put(name, table(meta, connection.getCatalog(), schema, name));
                }
            }
        }
        return insertionOrder(tables);
    }

    private static TableSchema table(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, String> references = new HashMap<>();
        try (ResultSet keys = meta.getImportedKeys(catalog, schema, table)) {
            while (keys.next()) {
                references.put(keys.getString("FKCOLUMN_NAME"), keys.getString("PKTABLE_NAME"));
            }
        }
        Map<Integer, String> keyColumns = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, table)) {
            while (keys.next()) {
                keyColumns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        List<TableSchema.Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                columns.add(new TableSchema.Column(
                        column,
                        ColumnType.of(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"), table + "." + column),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        references.get(column),
                        "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return new TableSchema(table, List.copyOf(columns), List.copyOf(keyColumns.values()));
    }

    /** Depth-first over the non-null references; the schema has no cycle of those. */
    private static List<TableSchema> insertionOrder(Map<String, TableSchema> tables) {
        Map<String, TableSchema> ordered = new LinkedHashMap<>();
        Set<String> visiting = new TreeSet<>();
        for (String name : tables.keySet()) {
            visit(name, tables, ordered, visiting);
        }
        return List.copyOf(ordered.values());
    }

    private static void visit(
            String name, Map<String, TableSchema> tables, Map<String, TableSchema> ordered, Set<String> visiting) {
        if (ordered.containsKey(name) || !tables.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new BackupException("table " + name + " is part of a cycle of required references");
        }
        for (TableSchema.Column column : tables.get(name).columns()) {
            if (column.references() != null
                    && !column.nullable()
                    && !column.references().equals(name)) {
                visit(column.references(), tables, ordered, visiting);
            }
        }
        visiting.remove(name);
        ordered.put(name, tables.get(name));
    }
}
