package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.lists.LineListReader;
import org.parley.core.lists.ListStore;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseEngine;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;
import org.parley.core.testing.TestClock;

/** {@code parley backup} / {@code parley restore}: everything comes back, and nothing is lost on the way. */
class BackupRoundTripTest {
    private final TestClock clock = TestClock.at("2026-09-01T08:00:00Z");

    @TempDir
    Path temp;

    private ListStore lists(String name) {
        return new ListStore(temp.resolve(name), clock, new LineListReader());
    }

    /** A group with seated members, a side head (a reference cycle) and stored lists. */
    private Scenario seeded(Database database) throws IOException {
        Scenario scenario = new Scenario(database);
        Member head = scenario.seat(scenario.us, Role.CO_CHAIR, "Alice Example");
        scenario.seat(scenario.cn, Role.EXPERT, "Wang Fang");
        scenario.members.appointHead(scenario.admin, scenario.us.id(), head.id());
        Path file = Files.writeString(temp.resolve("el.lst"), "EL|Example Optics Co., Ltd.\nEL|SMIC\n");
        lists("lists-a").importFrom(List.of(file), List.of("el.lst"));
        return scenario;
    }

    @DatabaseTest
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEverything(Database database, DatabaseEngine engine)
            throws IOException, SQLException {
        seeded(database);
        Path archive = temp.resolve("parley.zip");
        BackupManifest manifest = new Backups(database, lists("lists-a"), clock).backup(archive);

        try (Database empty = SiblingDatabase.open(database, engine, temp)) {
            new Backups(empty, lists("lists-b"), clock).restore(archive);

            assertThat(contents(empty)).isEqualTo(contents(database));
            assertThat(new AuditVerifier(empty.jdbi()).verify()).isEqualTo(new AuditVerifier(database.jdbi()).verify());
            assertThat(lists("lists-b").status()).isEqualTo(lists("lists-a").status());
            assertThat(lists("lists-b").active().size()).isEqualTo(2);
            // Generated keys continue after the restored ones.
            long restoredMax = empty.jdbi()
                    .withHandle(h -> h.createQuery("SELECT MAX(id) FROM users")
                            .mapTo(Long.class)
                            .one());
            long added = empty.jdbi()
                    .withHandle(h -> h.createUpdate("INSERT INTO users (email, display_name,"
                                    + " password_hash, admin, disabled, created_at) VALUES ('new@example.org', 'New', 'x',"
                                    + " FALSE, FALSE, CURRENT_TIMESTAMP)")
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one());
            assertThat(added).isGreaterThan(restoredMax);
        }
        assertThat(manifest.rows()).isPositive();
        assertThat(manifest.listSnapshots()).hasSize(1);
    }

    @DatabaseTest
    void aRestoreThatWouldDeleteNewerAuditEventsIsRefused(Database database) throws IOException, SQLException {
        Scenario scenario = seeded(database);
        Path archive = temp.resolve("parley.zip");
        new Backups(database, lists("lists-a"), clock).backup(archive);
        scenario.user("Recorded After The Backup");
        Map<String, List<Map<String, Object>>> before = contents(database);

        assertThatThrownBy(() -> new Backups(database, lists("lists-a"), clock).restore(archive))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("audit records");
        assertThat(contents(database)).isEqualTo(before);
    }

    @DatabaseTest
    void restoringOverTheSameStateRightAfterTheBackupChangesNothing(Database database)
            throws IOException, SQLException {
        seeded(database);
        Path archive = temp.resolve("parley.zip");
        new Backups(database, lists("lists-a"), clock).backup(archive);
        Map<String, List<Map<String, Object>>> before = contents(database);

        new Backups(database, lists("lists-a"), clock).restore(archive);

        assertThat(contents(database)).isEqualTo(before);
    }

    @DatabaseTest
    void anArchiveEntryPointingOutsideTheListStoreIsRefused(Database database, DatabaseEngine engine)
            throws IOException, SQLException {
        seeded(database);
        Path archive = temp.resolve("parley.zip");
        BackupManifest manifest = new Backups(database, lists("lists-a"), clock).backup(archive);
        Path hostile =
                withExtraEntry(archive, "lists/" + manifest.listSnapshots().get(0) + "/../../../escaped.txt", "pwned");

        try (Database empty = SiblingDatabase.open(database, engine, temp)) {
            assertThatThrownBy(() -> new Backups(empty, lists("lists-b"), clock).restore(hostile))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("points outside");
            assertThat(temp.resolve("escaped.txt")).doesNotExist();
            assertThat(lists("lists-b").status()).isEmpty();
        }
    }

    /** Every table's rows, in key order. */
    static Map<String, List<Map<String, Object>>> contents(Database database) throws SQLException {
        return database.jdbi().withHandle(handle -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (TableSchema table : SchemaReader.tables(handle.getConnection())) {
                String order = table.primaryKey().isEmpty()
                        ? TableDump.columnNames(table)
                        : TableDump.names(table.primaryKey());
                tables.put(
                        table.name(),
                        handle.createQuery("SELECT * FROM " + TableDump.quote(table.name()) + " ORDER BY " + order)
                                .mapToMap()
                                .list());
            }
            return tables;
        });
    }

    private Path withExtraEntry(Path archive, String name, String content) throws IOException {
        Path copy = temp.resolve("hostile.zip");
        try (ZipFile original = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (ZipEntry entry : Collections.list(original.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                original.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
        }
        return copy;
    }
}
