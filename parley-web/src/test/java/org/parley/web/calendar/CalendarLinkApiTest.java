package org.parley.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** A calendar app subscribes with a secret link and no credentials; the link can be replaced and ended. */
class CalendarLinkApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void aCalendarAppReadsTheFeedThroughTheSecretLinkWithoutSigningIn(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var expert = node.seat(node.scenario.cn, Role.EXPERT, "Chen Expert");
            var other = node.seat(node.scenario.us, Role.EXPERT, "Una Expert");
            String link = "/api/v1/members/" + expert.member().id() + "/calendar-link";
            ApiClient.Response meeting =
                    node.admin().post("/api/v1/groups/" + node.scenario.group.id() + "/meetings", """
                            {"title": "Plenary", "startsAtLocal": "2026-10-15T09:30:00", "durationMinutes": 120,
                             "venue": {"city": "Beijing", "timeZone": "Asia/Shanghai"}}""");
            assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);

            ApiClient.Response forSomeoneElse = other.client().post(link, "");
            ApiClient.Response created = expert.client().post(link, "");
            String path = created.json().get("path").asString();
            ApiClient calendarApp = new ApiClient(node.server().port());
            ApiClient.Response feed = calendarApp.get(path);
            ApiClient.Response guessed = calendarApp.get("/calendar/pc_guessed.ics");
            ApiClient.Response revoked = expert.client().delete(link);
            ApiClient.Response afterRevoking = calendarApp.get(path);

            assertThat(forSomeoneElse.status()).isEqualTo(403);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("url").asString())
                    .startsWith("http://")
                    .endsWith(path);
            assertThat(path).startsWith("/calendar/pc_").endsWith(".ics");
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
            assertThat(feed.body()).contains("BEGIN:VCALENDAR", "SUMMARY:Plenary");
            assertThat(guessed.status()).isEqualTo(404);
            assertThat(revoked.status()).isEqualTo(204);
            assertThat(afterRevoking.status()).isEqualTo(404);
        }
    }
}
