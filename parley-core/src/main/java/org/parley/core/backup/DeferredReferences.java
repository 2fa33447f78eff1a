package org.parley.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The second pass of a restore: fills in the nullable references that the first pass left empty,
 * once every row they may point to exists. Stateless.
 */
final class DeferredReferences {
    private DeferredReferences() {}

    /** Empties the deferred references, so that the rows they point to can be deleted in any order. */
    static void clear(Connection connection, TableSchema table) throws SQLException {
        List<TableSchema.Column> deferred = table.deferredColumns();
        if (deferred.isEmpty()) {
            return;
        }
        String assignments = deferred.stream()
                .map(c -> TableDump.quote(c.name()) + " = NULL")
                .collect(Collectors.joining(", "));
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + TableDump.quote(table.name()) + " SET " + assignments);
        }
    }

    /** Sets the deferred references of every row that has any. */
    static void fill(Connection connection, TableSchema table, BufferedReader lines) throws SQLException {
        List<TableSchema.Column> deferred = table.deferredColumns();
        if (deferred.isEmpty()) {
            return;
        }
        String assignments =
                deferred.stream().map(c -> TableDump.quote(c.name()) + " = ?").collect(Collectors.joining(", "));
        String key = table.primaryKey().stream()
                .map(name -> TableDump.quote(name) + " = ?")
                .collect(Collectors.joining(" AND "));
        List<TableSchema.Column> columns = table.columns();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + TableDump.quote(table.name()) + " SET " + assignments + " WHERE " + key)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = TableDump.row(table, line, ++number);
                if (deferred.stream().allMatch(c -> row.get(columns.indexOf(c)).isNull())) {
                    continue;
                }
                int parameter = 1;
                for (TableSchema.Column column : deferred) {
                    column.type().bind(update, parameter++, row.get(columns.indexOf(column)));
                }
                for (String name : table.primaryKey()) {
                    TableSchema.Column column = column(table, name);
                    column.type().bind(update, parameter++, row.get(columns.indexOf(column)));
                }
                update.addBatch();
            }
            update.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableSchema.Column column(TableSchema table, String name) {
        return table.columns().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new BackupException("key column " + name + " missing from " + table.name()));
    }
}
