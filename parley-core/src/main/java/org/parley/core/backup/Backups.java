package org.parley.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.parley.core.lists.ListStore;
import org.parley.core.storage.Database;
import org.parley.core.system.Instants;
import tools.jackson.core.JacksonException;

/**
 * Backs up and restores an installation: every table of the database (H2 or PostgreSQL, either way
 * round) from one consistent snapshot, and the stored list snapshots. A restore is one transaction
 * and refuses to delete audit records the backup lacks. Thread-safe; run restores while no node
 * serves the installation.
 */
public final class Backups {
    private final Database database;
    private final ListStore lists;
    private final Clock clock;

    public Backups(Database database, ListStore lists, Clock clock) {
        this.database = database;
        this.lists = lists;
        this.clock = clock;
    }

    /** Writes a backup archive to {@code file} (replaced only once complete). */
    public BackupManifest backup(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            BackupManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest = writeContent(zip);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(TableDump.JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new BackupException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("cannot read the database for the backup: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Every table from one snapshot (H2: SERIALIZABLE, PostgreSQL: REPEATABLE READ), then the lists. */
    private BackupManifest writeContent(ZipOutputStream zip) throws SQLException {
        TransactionIsolationLevel level = database.isPostgres()
                ? TransactionIsolationLevel.REPEATABLE_READ
                : TransactionIsolationLevel.SERIALIZABLE;
        return database.jdbi().inTransaction(level, handle -> {
            Connection connection = handle.getConnection();
            List<BackupManifest.Table> tables = DatabaseDump.export(connection, zip);
            List<String> snapshots;
            try {
                snapshots = ListsArchive.write(lists, zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new BackupManifest(
                    BackupManifest.FORMAT,
                    Instants.now(clock),
                    DatabaseDump.schemaVersion(connection),
                    database.isPostgres() ? "postgresql" : "h2",
                    tables,
                    snapshots,
                    lists.activeSnapshotId().orElse(null));
        });
    }

    /**
     * Replaces the database's content and the active lists with the archive's. All or nothing for
     * the database; list snapshots the installation lacks are added first and the archive's active
     * one is switched on last.
     */
    public BackupManifest restore(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip, file);
            ListsArchive.restore(zip, manifest.listSnapshots(), lists);
            database.jdbi().useTransaction(TransactionIsolationLevel.SERIALIZABLE, handle -> {
                Connection connection = handle.getConnection();
                String here = DatabaseDump.schemaVersion(connection);
                if (!here.equals(manifest.schemaVersion())) {
                    throw new BackupException("the backup has schema version " + manifest.schemaVersion()
                            + " but this database has " + here + ": restore it with the Parley version that made it");
                }
                AuditContinuity.requireNoLoss(connection, zip, manifest);
                DatabaseDump.restore(connection, zip, manifest);
            });
            if (manifest.activeLists() != null) {
                lists.activate(manifest.activeLists());
            }
            return manifest;
        } catch (ZipException e) {
            throw new BackupException(file + " is not a Parley backup archive: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("restore failed, the database is unchanged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException(file + " is not a Parley backup: it has no " + BackupManifest.ENTRY);
        }
        try (var in = zip.getInputStream(entry)) {
            BackupManifest manifest = TableDump.JSON.readValue(in, BackupManifest.class);
            if (manifest.format() != BackupManifest.FORMAT) {
                throw new BackupException(
                        file + " has backup format " + manifest.format() + ", expected " + BackupManifest.FORMAT);
            }
            return manifest;
        } catch (JacksonException e) {
            throw new BackupException(file + ": damaged " + BackupManifest.ENTRY + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
