package org.parley.web.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Meetings over HTTP: caucus items stay with their side, minutes need each side's co-chair. */
class MeetingApiTest {

    private static final String MEETING = """
            {"title": "Plenary", "startsAtLocal": "2026-10-15T09:30:00", "durationMinutes": 120,
             "venue": {"city": "Beijing", "timeZone": "Asia/Shanghai"}}""";

    @TempDir
    Path temp;

    private static long schedule(TestNode node) {
        ApiClient.Response meeting =
                node.admin().post("/api/v1/groups/" + node.scenario.group.id() + "/meetings", MEETING);
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        assertThat(meeting.json().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        return meeting.json().get("id").asLong();
    }

    @DatabaseTest
    void aSidesCaucusItemIsNeitherAddedNorSeenByTheOtherSide(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
            var cnChair = node.seat(node.scenario.cn, Role.CO_CHAIR, "CN Chair");
            String agenda = "/api/v1/meetings/" + schedule(node) + "/agenda";
            String usCaucus = "{\"title\": \"Our red lines\", \"caucusSideId\": " + node.scenario.us.id() + "}";

            ApiClient.Response byOtherSide = cnChair.client().post(agenda, usCaucus);
            ApiClient.Response byOwnSide = usChair.client().post(agenda, usCaucus);
            ApiClient.Response shared = usChair.client().post(agenda, "{\"title\": \"Welcome\"}");

            assertThat(byOtherSide.status()).isEqualTo(403);
            assertThat(byOwnSide.status()).isEqualTo(201);
            assertThat(shared.status()).isEqualTo(201);
            assertThat(usChair.client().get(agenda).body()).contains("Our red lines", "Welcome");
            assertThat(cnChair.client().get(agenda).body()).contains("Welcome").doesNotContain("red lines");
        }
    }

    @DatabaseTest
    void minutesAreApprovedByEachSidesCoChairOnly(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
            var cnChair = node.seat(node.scenario.cn, Role.CO_CHAIR, "CN Chair");
            var usExpert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");
            String minutes = "/api/v1/meetings/" + schedule(node) + "/minutes";
            assertThat(usChair.client().put(minutes, "{\"body\": \"We met.\"}").status())
                    .isEqualTo(200);
            String forUs = "{\"sideId\": " + node.scenario.us.id() + ", \"revision\": 1}";
            String forCn = "{\"sideId\": " + node.scenario.cn.id() + ", \"revision\": 1}";

            ApiClient.Response byExpert = usExpert.client().post(minutes + "/approvals", forUs);
            ApiClient.Response byOtherChair = cnChair.client().post(minutes + "/approvals", forUs);
            ApiClient.Response usApproval = usChair.client().post(minutes + "/approvals", forUs);
            ApiClient.Response cnApproval = cnChair.client().post(minutes + "/approvals", forCn);

            ApiClient.Response withoutSide = usChair.client().post(minutes + "/approvals", "{\"revision\": 1}");

            assertThat(withoutSide.status()).isEqualTo(400);
            assertThat(withoutSide.json().get("fields").has("sideId")).isTrue();
            assertThat(byExpert.status()).isEqualTo(403);
            assertThat(byOtherChair.status()).isEqualTo(403);
            assertThat(usApproval.json().get("status").asString()).isEqualTo("DRAFT");
            assertThat(cnApproval.json().get("status").asString()).isEqualTo("APPROVED");
            assertThat(usChair.client().put(minutes, "{\"body\": \"Changed.\"}").status())
                    .isEqualTo(409);
        }
    }
}
