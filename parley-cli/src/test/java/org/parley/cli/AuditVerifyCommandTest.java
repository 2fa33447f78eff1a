package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

class AuditVerifyCommandTest {

    @TempDir
    Path data;

    @Test
    void reportsAnIntactChainAndTheFirstBrokenEvent() throws Exception {
        Path password = data.resolve("password");
        Files.writeString(password, "long enough password", StandardCharsets.UTF_8);
        for (String email : new String[] {"a@example.org", "b@example.org"}) {
            CliRun created = CliRun.of(
                    "admin",
                    "create-user",
                    "--data",
                    data.toString(),
                    "--email",
                    email,
                    "--name",
                    "A",
                    "--password-file",
                    password.toString());
            assertThat(created.exitCode()).as(created.err()).isZero();
        }

        CliRun intact = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("audit chain intact: 2 events", "release ledger intact: 0 rows");

        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            database.jdbi()
                    .useHandle(
                            handle -> handle.execute("UPDATE audit_events SET actor = 'someone else' WHERE seq = 2"));
        }
        CliRun broken = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("audit chain broken at event 2: content does not match its hash");
    }
}
