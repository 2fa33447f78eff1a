package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigTest {

    @Test
    void defaultsToAnEmbeddedFileDatabaseUnderData() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of());

        assertThat(config.url())
                .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("parley"))
                .contains("MODE=PostgreSQL");
        assertThat(config.isPostgres()).isFalse();
    }

    @Test
    void usesPostgresWhenTheEnvironmentNamesIt() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "PARLEY_DB_URL", "jdbc:postgresql://db:5432/parley",
                "PARLEY_DB_USER", "parley",
                "PARLEY_DB_PASSWORD", "secret"));

        assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://db:5432/parley", "parley", "secret", 10));
        assertThat(config.isPostgres()).isTrue();
    }

    @Test
    void embeddedFileDatabaseIsCreatedAndMigratedOnFirstOpenAndKeepsData(@TempDir Path directory) {
        try (Database database = Database.open(DatabaseConfig.embedded(directory))) {
            database.jdbi().useHandle(handle -> handle.execute("UPDATE audit_head SET last_seq = 0 WHERE id = 1"));
        }
        try (Database reopened = Database.open(DatabaseConfig.embedded(directory))) {
            long heads = reopened.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM audit_head")
                            .mapTo(Long.class)
                            .one());
            assertThat(heads).isEqualTo(1);
        }
        assertThat(directory.resolve("parley.mv.db")).exists();
    }

    @Test
    void embeddedFileIsCompactedWhenTheDatabaseCloses(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("parley.mv.db");
        long grown;
        try (Database database = Database.open(DatabaseConfig.embedded(directory))) {
            var jdbi = database.jdbi();
            jdbi.useHandle(handle -> handle.execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR(4000))"));
            // Many small commits, each written through, as a busy node makes them: the file keeps old chunks.
            String body = "x".repeat(2_000);
            for (int round = 0; round < 6; round++) {
                for (int id = 0; id < 500; id++) {
                    int row = id;
                    String text = body + round;
                    jdbi.useHandle(handle -> handle.execute("MERGE INTO scratch KEY (id) VALUES (?, ?)", row, text));
                }
            }
            grown = Files.size(file);
        }
        long closed = Files.size(file);
        assertThat(closed).isLessThan(grown / 2);
    }
}
