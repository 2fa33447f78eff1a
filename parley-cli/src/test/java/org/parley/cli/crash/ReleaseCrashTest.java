package org.parley.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * Kills {@code parley serve} with SIGKILL while it releases one document version to a group of
 * {@value #RECIPIENTS} members, then reopens the data folder: every release has a ledger row for every
 * recipient or does not exist at all (no partial release), each row has its audit event, and {@code
 * audit verify} reports the chain intact.
 */
class ReleaseCrashTest {
    private static final int RECIPIENTS = 200;
    private static final int RELEASING_CLIENTS = 3;
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    @TempDir
    Path temp;

    @Test
    void aReleaseCutOffByAKillLeavesEveryRecipientsLedgerRowOrNone() throws Exception {
        Path data = temp.resolve("data");
        ServedNode.createAdministrator(data, temp);
        var completed = new AtomicInteger();
        var cutOff = new AtomicInteger();

        try (var server = ServedNode.start(data, temp.resolve("serve.log"));
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            String release = "/api/v1/versions/" + seedClassifiedVersionAndRecipients(server) + "/releases";
            long started = System.nanoTime();
            HttpResponse<String> first = server.send("POST", release, "{\"target\": {\"kind\": \"group\"}}");
            long releaseMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            completed.incrementAndGet();

            // Clients release back to back, so that at the kill some release is surely half done.
            for (int client = 0; client < RELEASING_CLIENTS; client++) {
                clients.submit(() -> releaseUntilKilled(server, release, completed, cutOff));
            }
            Thread.sleep(Math.max(300, releaseMillis * 3 / 2));
            server.kill();
        }

        assertThat(cutOff.get()).as("releases cut off by the kill").isPositive();
        assertThat(ServedNode.verifyAudit(data)).startsWith("audit chain intact");
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            var jdbi = database.jdbi();
            List<Map<String, Object>> rowsPerRelease = jdbi.withHandle(
                    handle -> handle.createQuery("SELECT r.id, COUNT(l.id) AS recipients FROM releases r"
                                    + " LEFT JOIN release_ledger l ON l.release_id = r.id GROUP BY r.id")
                            .mapToMap()
                            .list());
            long ledgerRows = ServedNode.count(database, "SELECT COUNT(*) FROM release_ledger");
            long ledgerEvents = ServedNode.count(
                    database,
                    "SELECT COUNT(*) FROM audit_events WHERE action IN ('release.delivered', 'release.withheld')");

            assertThat(rowsPerRelease).hasSizeGreaterThanOrEqualTo(completed.get());
            assertThat(rowsPerRelease)
                    .allSatisfy(row -> assertThat(((Number) row.get("recipients")).intValue())
                            .as("ledger rows of release %s", row.get("id"))
                            .isEqualTo(RECIPIENTS));
            assertThat(ledgerEvents).isEqualTo(ledgerRows);
        }
    }

    /** A group whose CN side has the recipients (observers, who take no capped seat) and a classified version. */
    private static long seedClassifiedVersionAndRecipients(ServedNode server) throws Exception {
        long groupId = id(server.send(
                "POST",
                "/api/v1/groups",
                "{\"name\": \"Release WG\", \"charter\": \"c\", \"sides\":"
                        + " [{\"name\": \"US\", \"memberCap\": 3}, {\"name\": \"CN\", \"memberCap\": 3}]}"));
        String sides =
                server.send("GET", "/api/v1/groups/" + groupId + "/sides", null).body();
        Matcher sideIds = Pattern.compile("\"id\":(\\d+)").matcher(sides);
        assertThat(sideIds.find()).isTrue();
        long us = Long.parseLong(sideIds.group(1));
        assertThat(sideIds.find()).isTrue();
        long cn = Long.parseLong(sideIds.group(1));
        // One after another: hundreds of parallel connections only test the HTTP client.
        for (int n = 0; n < RECIPIENTS; n++) {
            id(server.send(
                    "POST",
                    "/api/v1/sides/" + cn + "/members",
                    "{\"fullName\": \"Recipient " + n + "\", \"organisation\": \"Org " + n + "\","
                            + " \"email\": \"r" + n + "@example.org\", \"preferredLanguage\": \"zh\","
                            + " \"timeZone\": \"Asia/Shanghai\", \"role\": \"OBSERVER\","
                            + " \"nationalities\": [\"CN\"]}"));
        }
        long documentId = id(server.send(
                "POST",
                "/api/v1/groups/" + groupId + "/documents",
                "{\"title\": \"Test plan\", \"ownerSideId\": " + us + ", \"visibility\": \"JOINT\"}"));
        long versionId = id(server.send(
                "POST",
                "/api/v1/documents/" + documentId + "/versions?fileName=plan.txt&language=en",
                "text/plain",
                "the plan"));
        HttpResponse<String> classified = server.send(
                "PUT",
                "/api/v1/versions/" + versionId + "/classification",
                "{\"itemKind\": \"technology\", \"eccn\": \"EAR99\", \"publicStatus\": \"unpublished\"}");
        assertThat(classified.statusCode()).as(classified.body()).isEqualTo(200);
        return versionId;
    }

    private static void releaseUntilKilled(
            ServedNode server, String release, AtomicInteger completed, AtomicInteger cutOff) {
        while (true) {
            try {
                HttpResponse<String> response = server.send("POST", release, "{\"target\": {\"kind\": \"group\"}}");
                if (response.statusCode() == 201) {
                    completed.incrementAndGet();
                }
            } catch (Exception killed) {
                cutOff.incrementAndGet();
                return;
            }
        }
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
