package org.parley.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * Kills {@code parley serve} with SIGKILL while clients keep creating groups, then restarts on the same
 * H2 data folder: the database opens, {@code audit verify} finds the chain intact, and every group that
 * exists has its audit event (a change and its event commit together or not at all).
 */
class ServerCrashTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path temp;

    @Test
    void aServerKilledDuringWritesRestartsWithAnIntactAuditLog() throws Exception {
        Path data = temp.resolve("data");
        Files.writeString(temp.resolve("password"), PASSWORD + "\n");
        assertThat(cli(
                        "admin",
                        "create-user",
                        "--data",
                        data.toString(),
                        "--email",
                        "root@example.org",
                        "--name",
                        "Root",
                        "--admin",
                        "--password-file",
                        temp.resolve("password").toString()))
                .isZero();

        Path log = temp.resolve("serve.log");
        var created = new AtomicInteger();
        try (var server = ParleyProcess.start(log, "serve", "--port", "0", "--data", data.toString());
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            int port = awaitPort(log);
            HttpClient http =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String csrf = signIn(http, port);
            for (int client = 0; client < 8; client++) {
                int id = client;
                clients.submit(() -> createGroupsUntilRefused(http, port, csrf, id, created));
            }
            Thread.sleep(2_000);
            server.kill();
        }
        assertThat(created.get()).as("groups created before the kill").isPositive();

        var verify = new StringWriter();
        var commandLine = ParleyCommand.commandLine();
        commandLine.setOut(new PrintWriter(verify));
        assertThat(commandLine.execute("audit", "verify", "--data", data.toString()))
                .as(verify.toString())
                .isZero();
        assertThat(verify.toString()).startsWith("audit chain intact");
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            long groups = count(database, "SELECT COUNT(*) FROM working_groups");
            long events = count(database, "SELECT COUNT(*) FROM audit_events WHERE action = 'group.created'");
            assertThat(groups).isEqualTo(events).isGreaterThanOrEqualTo(created.get());
        }
    }

    private static long count(Database database, String sql) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static void createGroupsUntilRefused(
            HttpClient http, int port, String csrf, int client, AtomicInteger created) {
        for (int n = 0; ; n++) {
            String body = "{\"name\": \"Group " + client + "-" + n + "\", \"charter\": \"c\", \"sides\":"
                    + " [{\"name\": \"US\", \"memberCap\": 3}, {\"name\": \"CN\", \"memberCap\": 3}]}";
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/groups"))
                                .header("Content-Type", "application/json")
                                .header("X-CSRF-Token", csrf)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    created.incrementAndGet();
                }
            } catch (Exception killed) {
                return;
            }
        }
    }

    private static String signIn(HttpClient http, int port) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"root@example.org\", \"password\": \"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static int awaitPort(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher matcher = LISTENING.matcher(ParleyProcess.read(log));
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("serve did not start: " + ParleyProcess.read(log));
    }

    private static int cli(String... args) {
        var commandLine = ParleyCommand.commandLine();
        commandLine.setOut(new PrintWriter(java.io.Writer.nullWriter()));
        return commandLine.execute(args);
    }
}
