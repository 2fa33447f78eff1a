package org.parley.web.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Groups over HTTP: creation, charter, goals and milestones, seat caps. */
class GroupApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void administratorsCreateGroupsWithSidesAndMembersSeeOnlyTheirOwn(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();
            var expert = node.seat(node.scenario.us, Role.EXPERT, "Expert");

            ApiClient.Response created = admin.post("/api/v1/groups", """
                    {"name": "Standards WG", "charter": "Align test methods.",
                     "sides": [{"name": "US", "memberCap": 4}, {"name": "CN", "memberCap": 4}]}""");
            ApiClient.Response oneSide = admin.post(
                    "/api/v1/groups",
                    "{\"name\": \"Lonely\", \"charter\": \"c\", \"sides\": [{\"name\": \"A\", \"memberCap\": 0}]}");
            ApiClient.Response byExpert = expert.client().post("/api/v1/groups", """
                    {"name": "Mine", "charter": "c", "sides": [{"name": "A", "memberCap": 1}, {"name": "B", "memberCap": 1}]}""");

            assertThat(created.status()).isEqualTo(201);
            long groupId = created.json().get("id").asLong();
            assertThat(admin.get("/api/v1/groups/" + groupId + "/sides").json()).hasSize(2);
            assertThat(oneSide.status()).isEqualTo(400);
            assertThat(oneSide.json().get("fields").propertyNames()).contains("sides", "sides[0].memberCap");
            assertThat(byExpert.status()).isEqualTo(403);
            assertThat(expert.client().get("/api/v1/groups").body())
                    .contains(node.scenario.group.name())
                    .doesNotContain("Standards WG");
            assertThat(expert.client().get("/api/v1/groups/" + groupId).status())
                    .isEqualTo(403);
        }
    }

    @DatabaseTest
    void coChairsKeepTheCharterGoalsAndMilestones(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var chair = node.seat(node.scenario.us, Role.CO_CHAIR, "Chair");
            var observer = node.seat(node.scenario.cn, Role.OBSERVER, "Observer");
            String group = "/api/v1/groups/" + node.scenario.group.id();

            ApiClient.Response charter = chair.client().put(group + "/charter", "{\"charter\": \"Revised.\"}");
            ApiClient.Response byObserver = observer.client().put(group + "/charter", "{\"charter\": \"Mine.\"}");
            ApiClient.Response goal = chair.client().post(group + "/goals", "{\"title\": \"Common glossary\"}");
            ApiClient.Response milestone = chair.client()
                    .post(
                            group + "/milestones",
                            "{\"goalId\": " + goal.json().get("id").asLong()
                                    + ", \"title\": \"Draft glossary\", \"dueDate\": \"2026-12-31\"}");
            ApiClient.Response done = chair.client()
                    .put(
                            "/api/v1/milestones/" + milestone.json().get("id").asLong() + "/status",
                            "{\"status\": \"DONE\"}");

            assertThat(charter.json().get("charter").asString()).isEqualTo("Revised.");
            assertThat(byObserver.status()).isEqualTo(403);
            assertThat(goal.status()).isEqualTo(201);
            assertThat(milestone.json().get("dueDate").asString()).isEqualTo("2026-12-31");
            assertThat(done.json().get("status").asString()).isEqualTo("DONE");
            assertThat(observer.client().get(group + "/milestones").json()).hasSize(1);
        }
    }

    @DatabaseTest
    void aCapBelowTheSeatsTakenIsAConflict(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            node.seat(node.scenario.us, Role.EXPERT, "One");
            node.seat(node.scenario.us, Role.EXPERT, "Two");
            String cap = "/api/v1/sides/" + node.scenario.us.id() + "/cap";

            ApiClient admin = node.admin();

            assertThat(admin.put(cap, "{\"memberCap\": 1}").status()).isEqualTo(409);
            assertThat(admin.put(cap, "{\"memberCap\": 2}")
                            .json()
                            .get("memberCap")
                            .asInt())
                    .isEqualTo(2);
            assertThat(admin.put(cap, "{\"memberCap\": \"many\"}").status()).isEqualTo(400);
        }
    }
}
