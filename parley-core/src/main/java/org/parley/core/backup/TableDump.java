package org.parley.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes one table's rows as JSON Lines (one array of column values per row, in key order) and
 * inserts them again. Stateless.
 */
final class TableDump {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    private TableDump() {}

    static String entry(TableSchema table) {
        return "tables/" + table.name() + ".jsonl";
    }

    /** Writes every row; returns how many. */
    static long write(Connection connection, TableSchema table, OutputStream out) throws SQLException {
        String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + names(table.primaryKey());
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + columnNames(table) + " FROM " + quote(table.name()) + order)) {
            while (rows.next()) {
                ArrayNode row = JSON.createArrayNode();
                for (int i = 0; i < table.columns().size(); i++) {
                    row.add(table.columns().get(i).type().read(rows, i + 1));
                }
                out.write(JSON.writeValueAsBytes(row));
                out.write('\n');
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Inserts every row, leaving deferred references null (see {@link DeferredReferences}). */
    static long insert(Connection connection, TableSchema table, BufferedReader lines) throws SQLException {
        List<TableSchema.Column> columns = table.columns();
        String placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + quote(table.name()) + " (" + columnNames(table) + ") VALUES (" + placeholders + ")")) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = row(table, line, count + 1);
                for (int i = 0; i < columns.size(); i++) {
                    TableSchema.Column column = columns.get(i);
                    column.type().bind(insert, i + 1, table.defers(column) ? null : row.get(i));
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    static JsonNode row(TableSchema table, String line, long number) {
        JsonNode row = JSON.readTree(line);
        if (!row.isArray() || row.size() != table.columns().size()) {
            throw new BackupException(entry(table) + ":" + number + ": expected "
                    + table.columns().size() + " values, the archive is damaged");
        }
        return row;
    }

    static String columnNames(TableSchema table) {
        return names(table.columns().stream().map(TableSchema.Column::name).toList());
    }

    static String names(List<String> names) {
        return names.stream().map(TableDump::quote).collect(Collectors.joining(", "));
    }

    /** Quoted, so that column names such as "position" or "text" never clash with keywords. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static BufferedReader reader(java.io.InputStream in) {
        return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
