package org.parley.web.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.PartyType;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Members over HTTP: seat caps, input errors, screening holds and their review, on H2 and PostgreSQL. */
class MemberApiTest {

    @TempDir
    Path temp;

    private static String member(String name) {
        return """
                {"fullName": "%s", "organisation": "Institute", "email": "x@example.org",
                 "preferredLanguage": "zh", "timeZone": "Asia/Shanghai", "role": "EXPERT",
                 "nationalities": ["CN"]}""".formatted(name);
    }

    @DatabaseTest
    void aSideBeyondItsCapAnswers409(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();
            String path = "/api/v1/sides/" + node.scenario.cn.id() + "/members";
            for (int i = 0; i < Scenario.CAP; i++) {
                assertThat(admin.post(path, member("Expert " + i)).status()).isEqualTo(201);
            }

            ApiClient.Response full = admin.post(path, member("One Too Many"));

            assertThat(full.status()).isEqualTo(409);
            assertThat(full.json().get("error").asString()).contains("cap of " + Scenario.CAP);
        }
    }

    @DatabaseTest
    void invalidInputIsA400NamingEachField(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            String path = "/api/v1/sides/" + node.scenario.cn.id() + "/members";

            ApiClient.Response response = node.admin()
                    .post(path, "{\"fullName\": \"\", \"timeZone\": \"Mars/Base\", \"nationalities\": [\"china\"]}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("fields").propertyNames())
                    .contains("fullName", "organisation", "email", "timeZone", "role", "nationalities[0]");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @DatabaseTest
    void aBadEnumValueOrPathIdNamesTheField(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();

            ApiClient.Response badRole = admin.post(
                    "/api/v1/sides/" + node.scenario.cn.id() + "/members",
                    member("Someone").replace("EXPERT", "EMPEROR"));
            ApiClient.Response badId = admin.get("/api/v1/groups/abc/members");

            assertThat(badRole.status()).isEqualTo(400);
            assertThat(badRole.json().get("fields").has("role")).isTrue();
            assertThat(badId.status()).isEqualTo(400);
            assertThat(badId.json().get("fields").has("groupId")).isTrue();
        }
    }

    @DatabaseTest
    void outsidersAreRefusedAndUnknownGroupsAreNotFound(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var outsider = node.seat(node.scenario.us, Role.OBSERVER, "Observer");
            node.scenario.members.removeMember(
                    node.scenario.admin, outsider.member().id(), "left");

            assertThat(outsider.client()
                            .get("/api/v1/groups/" + node.scenario.group.id() + "/members")
                            .status())
                    .isEqualTo(403);
            assertThat(node.admin().get("/api/v1/groups/999999").status()).isEqualTo(404);
        }
    }

    @DatabaseTest
    void aScreeningHoldIsResolvedOnlyByTheGroupsComplianceOfficer(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var officer = node.seat(node.scenario.us, Role.COMPLIANCE_OFFICER, "Officer");
            var coChair = node.seat(node.scenario.cn, Role.CO_CHAIR, "Co Chair");
            node.scenario.listOnEntityList("e1", PartyType.PERSON, "Zhao Listed");
            ApiClient.Response added =
                    node.admin().post("/api/v1/sides/" + node.scenario.cn.id() + "/members", member("Zhao Listed"));
            assertThat(added.json().get("status").asString()).isEqualTo("ON_HOLD");
            String reviews = "/api/v1/groups/" + node.scenario.group.id() + "/reviews";
            long reviewId =
                    officer.client().get(reviews).json().get(0).get("id").asLong();
            String dismissal = "/api/v1/reviews/" + reviewId + "/dismissal";

            ApiClient.Response byCoChair = coChair.client().post(dismissal, "{\"reason\": \"different person\"}");
            ApiClient.Response withoutReason = officer.client().post(dismissal, "{}");
            ApiClient.Response byOfficer = officer.client().post(dismissal, "{\"reason\": \"born 1990, not 1950\"}");
            ApiClient.Response again = officer.client().post(dismissal, "{\"reason\": \"twice\"}");

            assertThat(coChair.client().get(reviews).status()).isEqualTo(403);
            assertThat(byCoChair.status()).isEqualTo(403);
            assertThat(withoutReason.status()).isEqualTo(400);
            assertThat(withoutReason.json().get("fields").has("reason")).isTrue();
            assertThat(byOfficer.status()).isEqualTo(200);
            assertThat(byOfficer.json().get("status").asString()).isEqualTo("DISMISSED");
            assertThat(again.status()).isEqualTo(409);
            long memberId = added.json().get("id").asLong();
            assertThat(officer.client()
                            .get("/api/v1/members/" + memberId)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("ACTIVE");
        }
    }
}
