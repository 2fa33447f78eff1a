package org.parley.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * Kills {@code parley serve} with SIGKILL while clients keep creating groups, then restarts on the same
 * H2 data folder: the database opens, {@code audit verify} finds the chain intact, and every group that
 * exists has its audit event (a change and its event commit together or not at all).
 */
class ServerCrashTest {

    @TempDir
    Path temp;

    @Test
    void aServerKilledDuringWritesRestartsWithAnIntactAuditLog() throws Exception {
        Path data = temp.resolve("data");
        ServedNode.createAdministrator(data, temp);

        var created = new AtomicInteger();
        try (var server = ServedNode.start(data, temp.resolve("serve.log"));
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < 8; client++) {
                int id = client;
                clients.submit(() -> createGroupsUntilRefused(server, id, created));
            }
            Thread.sleep(2_000);
            server.kill();
        }
        assertThat(created.get()).as("groups created before the kill").isPositive();

        assertThat(ServedNode.verifyAudit(data)).startsWith("audit chain intact");
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            long groups = ServedNode.count(database, "SELECT COUNT(*) FROM working_groups");
            long events =
                    ServedNode.count(database, "SELECT COUNT(*) FROM audit_events WHERE action = 'group.created'");
            assertThat(groups).isEqualTo(events).isGreaterThanOrEqualTo(created.get());
        }
    }

    private static void createGroupsUntilRefused(ServedNode server, int client, AtomicInteger created) {
        for (int n = 0; ; n++) {
            String body = "{\"name\": \"Group " + client + "-" + n + "\", \"charter\": \"c\", \"sides\":"
                    + " [{\"name\": \"US\", \"memberCap\": 3}, {\"name\": \"CN\", \"memberCap\": 3}]}";
            try {
                if (server.send("POST", "/api/v1/groups", body).statusCode() == 201) {
                    created.incrementAndGet();
                }
            } catch (Exception killed) {
                return;
            }
        }
    }
}
