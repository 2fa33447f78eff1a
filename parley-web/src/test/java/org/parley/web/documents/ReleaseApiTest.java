package org.parley.web.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;
import tools.jackson.databind.JsonNode;

/** Documents over HTTP: upload, classify, release through the gate, download only with a release. */
class ReleaseApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void aReleasedVersionIsDownloadableByItsRecipientsOnly(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var author = node.seat(node.scenario.us, Role.EXPERT, "Uma Author");
            var officer = node.seat(node.scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer");
            var recipient = node.seat(node.scenario.cn, Role.EXPERT, "Chen Recipient");
            var outsider = node.seat(node.scenario.cn, Role.EXPERT, "Other Person");
            long groupId = node.scenario.group.id();
            ApiClient.Response created = author.client()
                    .post(
                            "/api/v1/groups/" + groupId + "/documents",
                            "{\"title\": \"Interop profile\", \"ownerSideId\": " + node.scenario.us.id()
                                    + ", \"visibility\": \"JOINT\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long documentId = created.json().get("id").asLong();
            ApiClient.Response uploaded = author.client()
                    .send(
                            "POST",
                            "/api/v1/documents/" + documentId + "/versions?fileName=profile.txt&language=en",
                            "profile text");
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            String version = "/api/v1/versions/" + uploaded.json().get("id").asLong();
            String toRecipient = "{\"target\": {\"kind\": \"people\", \"memberIds\": ["
                    + recipient.member().id() + "]}}";

            ApiClient.Response unclassified = author.client().post(version + "/releases", toRecipient);
            ApiClient.Response badLicence = author.client()
                    .post(version + "/releases", "{\"target\": {\"kind\": \"group\"}, \"licenceNumber\": \"12\"}");
            ApiClient.Response classified = officer.client()
                    .put(
                            version + "/classification",
                            "{\"itemKind\": \"technology\", \"eccn\": \"EAR99\", \"publicStatus\": \"unpublished\"}");
            ApiClient.Response released = author.client().post(version + "/releases", toRecipient);

            assertThat(unclassified.status()).isEqualTo(400);
            assertThat(unclassified.json().get("fields").get("versionId").asString())
                    .contains("no export classification");
            assertThat(badLicence.json().get("fields").has("licenceNumber")).isTrue();
            assertThat(classified.status()).as(classified.body()).isEqualTo(200);
            assertThat(released.status()).as(released.body()).isEqualTo(201);
            JsonNode decision = released.json().get("decisions").get(0);
            assertThat(decision.get("outcome").asString()).isEqualTo("NO_LICENSE_REQUIRED");
            assertThat(decision.get("delivered").asBoolean()).isTrue();
            ApiClient.Response download = recipient.client().get(version + "/content");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo("profile text");
            assertThat(download.header("Content-Disposition").orElseThrow()).contains("profile.txt");
            assertThat(outsider.client().get(version + "/content").status()).isEqualTo(403);
            ApiClient.Response csv = officer.client().get("/api/v1/groups/" + groupId + "/ledger.csv");
            assertThat(csv.body()).contains("Chen Recipient,", "NO_LICENSE_REQUIRED");
            assertThat(officer.client()
                            .get("/api/v1/groups/" + groupId + "/compliance")
                            .json()
                            .get("recentDecisions")
                            .size())
                    .isEqualTo(1);
            assertThat(outsider.client()
                            .get("/api/v1/groups/" + groupId + "/ledger")
                            .status())
                    .isEqualTo(403);
            ApiClient.Response calendar = recipient.client().get("/api/v1/groups/" + groupId + "/calendar.ics");
            assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");
        }
    }
}
