package org.parley.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** The audit log over HTTP: administrators verify the chain and page through events. */
class AuditApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void administratorsVerifyTheChainAndPageThroughIt(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var chair = node.seat(node.scenario.us, Role.CO_CHAIR, "Chair");
            ApiClient admin = node.admin();

            ApiClient.Response verification = admin.get("/api/v1/audit/verification");
            ApiClient.Response firstPage = admin.get("/api/v1/audit/events?limit=2");
            long next = firstPage.json().get("next").asLong();
            ApiClient.Response secondPage = admin.get("/api/v1/audit/events?limit=2&after=" + next);

            assertThat(verification.json().get("intact").asBoolean()).isTrue();
            assertThat(verification.json().get("events").asLong()).isGreaterThan(3);
            assertThat(firstPage.json().get("events")).hasSize(2);
            assertThat(secondPage.json().get("events").get(0).get("seq").asLong())
                    .isEqualTo(next + 1);
            assertThat(chair.client().get("/api/v1/audit/verification").status())
                    .isEqualTo(403);
            assertThat(admin.get("/api/v1/audit/events?limit=0").status()).isEqualTo(400);
        }
    }
}
