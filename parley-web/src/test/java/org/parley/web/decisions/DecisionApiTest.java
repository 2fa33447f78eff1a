package org.parley.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.rules.DecisionEngine;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.match.NameScreener;
import org.parley.testing.TestLists;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.system.RequestMetrics;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/decide}: the contract's request in, the contract's response out. */
class DecisionApiTest {
    private static final String LISTED_RECIPIENT = """
            {"id": "r1", "date": "2026-10-01",
             "item": {"kind": "technology", "eccn": "5E002", "forEccn": "5A002.a", "publicStatus": "unpublished"},
             "recipient": {"name": "Example Optics Co., Ltd.", "kind": "organization", "country": "CN"},
             "purpose": "commercial"}
            """;

    @TempDir
    static Path temp;

    private static WebServer decisions;
    private static Database database;
    private static TestNode node;

    @BeforeAll
    static void start() {
        var store = new ListStore(temp.resolve("lists"), Clock.systemUTC(), path -> {
            throw new IllegalStateException("no list files in this test");
        });
        var active = new ActiveLists(store, snapshot -> NameScreener.of(TestLists.small()));
        decisions = WebServer.start(
                WebSettings.local(0),
                new RequestMetrics(),
                List.of(new DecisionApi(active, Regulations.load(), DecisionEngine.DEFAULT_THRESHOLD)));
        database = Database.open(DatabaseConfig.embedded(temp.resolve("db")));
        node = TestNode.start(database, temp.resolve("node"));
    }

    @AfterAll
    static void stop() {
        decisions.close();
        node.close();
        database.close();
    }

    @Test
    void aListedRecipientNeedsALicenceWithTheMatchAndDates() {
        var response = new ApiClient(decisions.port()).post("/api/v1/decide", LISTED_RECIPIENT);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("id").asString()).isEqualTo("r1");
        assertThat(body.get("outcome").asString()).isEqualTo("LICENSE_REQUIRED");
        assertThat(body.get("citations").toString()).contains("15 CFR 744.11");
        assertThat(body.get("matches").get(0).get("list").asString()).isEqualTo("EL");
        assertThat(body.get("listsAsOf").asString()).isEqualTo(TestLists.AS_OF.toString());
        assertThat(body.get("trace").size()).isPositive();
    }

    @Test
    void anInvalidRequestIsA400NamingTheField() {
        var response = new ApiClient(decisions.port())
                .post("/api/v1/decide", LISTED_RECIPIENT.replace("\"date\": \"2026-10-01\",", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("date")).isTrue();
    }

    @Test
    void onANodeItNeedsASignedInCaller() {
        assertThat(node.client().post("/api/v1/decide", LISTED_RECIPIENT).status())
                .isEqualTo(401);
        assertThat(node.admin().post("/api/v1/decide", LISTED_RECIPIENT).status())
                .isEqualTo(200);
    }
}
