package org.parley.web.pages.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.web.testing.MemoryDatabase;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/** The group page makes a member's secret calendar link and shows it once; outsiders cannot. */
class CalendarLinkPageTest {

    private static final Pattern LINK = Pattern.compile("value=\"(http://[^\"]+/calendar/pc_[^\"]+\\.ics)\"");

    @TempDir
    Path temp;

    @Test
    void aMemberMakesALinkThatACalendarAppReadsAndAnOutsiderCannotMakeOne() throws Exception {
        try (MemoryDatabase memory = new MemoryDatabase();
                TestNode node = TestNode.start(memory.database, temp)) {
            Member expert = node.scenario.seat(node.scenario.cn, Role.EXPERT, "Chen Expert");
            String group = "/groups/" + node.scenario.group.id();
            PageClient member = new PageClient(node.server().port())
                    .signIn(node.core.accounts().user(expert.userId()).email(), TestNode.PASSWORD);
            PageClient outsider = new PageClient(node.server().port())
                    .signIn(node.scenario.accounts.user(outsiderId(node)).email(), TestNode.PASSWORD);

            String page = member.get(group).body();
            PageClient.Response made = member.post(group + "/calendar-link", Map.of());
            PageClient.Response refused = outsider.post(group + "/calendar-link", Map.of());

            assertThat(page).contains("action=\"" + group + "/calendar-link\"");
            assertThat(made.status()).isEqualTo(200);
            Matcher link = LINK.matcher(made.body());
            assertThat(link.find()).as(made.body()).isTrue();
            String path = java.net.URI.create(link.group(1)).getPath();
            PageClient.Response feed = new PageClient(node.server().port()).get(path);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
            assertThat(refused.status()).isIn(403, 404);
        }
    }

    private static long outsiderId(TestNode node) {
        return node.scenario
                .accounts
                .createUser(node.scenario.admin, "outsider@example.org", "Outsider", TestNode.PASSWORD, false)
                .id();
    }
}
