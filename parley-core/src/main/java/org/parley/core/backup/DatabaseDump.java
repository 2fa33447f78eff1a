package org.parley.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Exports every application table into a backup archive and restores them, on either database. The
 * caller provides the transaction: one consistent snapshot for the export, one all-or-nothing
 * transaction for the restore. Stateless.
 */
final class DatabaseDump {
    private DatabaseDump() {}

    /** The newest schema version Flyway applied. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + SchemaReader.FLYWAY_HISTORY
                        + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }

    static List<BackupManifest.Table> export(Connection connection, ZipOutputStream zip) throws SQLException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        try {
            for (TableSchema table : SchemaReader.tables(connection)) {
                zip.putNextEntry(new ZipEntry(TableDump.entry(table)));
                long rows = TableDump.write(connection, table, zip);
                zip.closeEntry();
                tables.add(new BackupManifest.Table(
                        table.name(),
                        table.columns().stream().map(TableSchema.Column::name).toList(),
                        rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Replaces the content of every table with the archive's. */
    static void restore(Connection connection, ZipFile zip, BackupManifest manifest) throws SQLException {
        List<TableSchema> tables = SchemaReader.tables(connection);
        requireSameTables(tables, manifest);
        for (TableSchema table : tables) {
            DeferredReferences.clear(connection, table);
        }
        for (TableSchema table : tables.reversed()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + TableDump.quote(table.name()));
            }
        }
        try {
            for (TableSchema table : tables) {
                try (var lines = TableDump.reader(zip.getInputStream(entry(zip, table)))) {
                    TableDump.insert(connection, table, lines);
                }
            }
            for (TableSchema table : tables) {
                try (var lines = TableDump.reader(zip.getInputStream(entry(zip, table)))) {
                    DeferredReferences.fill(connection, table, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (TableSchema table : tables) {
            restartIdentities(connection, table);
        }
    }

    private static ZipEntry entry(ZipFile zip, TableSchema table) {
        ZipEntry entry = zip.getEntry(TableDump.entry(table));
        if (entry == null) {
            throw new BackupException("the archive has no " + TableDump.entry(table));
        }
        return entry;
    }

    private static void requireSameTables(List<TableSchema> tables, BackupManifest manifest) {
        Set<String> here = new TreeSet<>();
        tables.forEach(t -> here.add(
                t.name() + t.columns().stream().map(TableSchema.Column::name).toList()));
        Set<String> there = new TreeSet<>();
        manifest.tables().forEach(t -> there.add(t.name() + t.columns()));
        if (!here.equals(there)) {
            throw new BackupException("the archive's tables differ from this database's: " + there + " vs " + here);
        }
    }

    /** Generated keys continue after the restored ones, so that new rows do not collide. */
    private static void restartIdentities(Connection connection, TableSchema table) throws SQLException {
        for (TableSchema.Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + TableDump.quote(column.name())
                            + "), 0) + 1 FROM " + TableDump.quote(table.name()))) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + TableDump.quote(table.name()) + " ALTER COLUMN "
                        + TableDump.quote(column.name()) + " RESTART WITH " + next);
            }
        }
    }
}
