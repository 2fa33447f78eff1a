package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.accounts.AccountService;
import org.parley.core.audit.AuditLog;
import org.parley.core.lists.ListStore;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.core.system.Actor;
import org.parley.screening.lists.ListFiles;
import org.parley.web.WebSettings;

/**
 * Two web nodes on one PostgreSQL database with the same secret and list folder, as in a scaled-out
 * installation: a session from one node works on the other, a change made through one is seen
 * through the other, and a list import reaches both within the reload period.
 */
class TwoNodesTest {
    private static final String PASSWORD = "a long enough password";
    private static final Pattern HASH = Pattern.compile("\"listsHash\":\"([0-9a-f]+)\"");

    @TempDir
    Path temp;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void sessionsChangesAndListUpdatesReachBothNodes() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = Map.of(
                    "PARLEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "PARLEY_DB_USER", "postgres",
                    "PARLEY_DB_PASSWORD", "postgres",
                    "PARLEY_SECRET", "one secret shared by every node of this installation",
                    "PARLEY_LISTS_RELOAD_SECONDS", "1");
            Path data = temp.resolve("data");
            ListStore store = new ListStore(data.resolve("lists"), Clock.systemUTC(), ListFiles::read);
            store.importFrom(List.of(fixture("cslCsv/two-rows.csv")), List.of("first"));
            try (Database database = Database.open(DatabaseConfig.fromEnvironment(environment))) {
                new AccountService(database.jdbi(), Clock.systemUTC(), new AuditLog(Clock.systemUTC()))
                        .createUser(Actor.system("test"), "root@example.org", "Root", PASSWORD, true);
            }
            var nodeA = new WebNodeRunner(data, environment);
            var nodeB = new WebNodeRunner(data, environment);
            int portA = start(nodeA);
            int portB = start(nodeB);
            try {
                String csrf = signIn(portA);

                assertThat(send(portB, "GET", "/api/v1/session", null, null).body())
                        .contains("root@example.org");
                assertThat(send(portA, "POST", "/api/v1/groups", csrf, group("Made On Node A"))
                                .statusCode())
                        .isEqualTo(201);
                assertThat(send(portB, "GET", "/api/v1/groups", null, null).body())
                        .contains("Made On Node A");
                assertThat(send(portB, "POST", "/api/v1/groups", csrf, group("Made On Node B"))
                                .statusCode())
                        .isEqualTo(201);
                assertThat(send(portA, "GET", "/api/v1/groups", null, null).body())
                        .contains("Made On Node B");

                String updated = store.importFrom(List.of(fixture("unXml/two-records.xml")), List.of("update"))
                        .contentHash();
                assertThat(listsHashWithin(portA, updated)).isEqualTo(updated);
                assertThat(listsHashWithin(portB, updated)).isEqualTo(updated);
            } finally {
                nodeA.stop();
                nodeB.stop();
            }
        }
    }

    /** Runs a node on its own thread; returns its port once it listens. */
    private static int start(WebNodeRunner node) throws Exception {
        var port = new CompletableFuture<Integer>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                node.run(WebSettings.local(0), new PrintWriter(Writer.nullWriter()), port::complete);
            } catch (Exception | Error e) {
                port.completeExceptionally(e);
            }
        });
        return port.get(2, TimeUnit.MINUTES);
    }

    private String signIn(int port) throws Exception {
        var response = send(
                port,
                "POST",
                "/api/v1/session",
                null,
                "{\"email\": \"root@example.org\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** Waits up to ten reload periods for a node's /health to report the expected list hash. */
    private String listsHashWithin(int port, String expected) throws Exception {
        String hash = null;
        for (int i = 0; i < 100 && !expected.equals(hash); i++) {
            Matcher matcher =
                    HASH.matcher(send(port, "GET", "/health", null, null).body());
            hash = matcher.find() ? matcher.group(1) : null;
            Thread.sleep(100);
        }
        return hash;
    }

    /**
     * One request; the cookie jar is shared, and a cookie is scoped to the host (127.0.0.1), not the
     * port, so the session cookie from node A is sent to node B too.
     */
    private HttpResponse<String> send(int port, String method, String path, String csrf, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String group(String name) {
        return "{\"name\": \"" + name + "\", \"charter\": \"c\", \"sides\": [{\"name\": \"US\", \"memberCap\": 3},"
                + " {\"name\": \"CN\", \"memberCap\": 3}]}";
    }

    /** A hand-written list file of the screening module's test corpus. */
    private Path fixture(String name) throws Exception {
        Path file = temp.resolve(name.substring(name.indexOf('/') + 1));
        try (InputStream in =
                getClass().getResourceAsStream("/org/parley/screening/lists/ListReaderFuzzTestInputs/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
