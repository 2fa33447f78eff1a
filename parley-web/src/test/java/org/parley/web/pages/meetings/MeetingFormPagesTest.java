package org.parley.web.pages.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/**
 * The forms of the meeting page without scripts: agenda items (shared and caucus), attendance,
 * action items and their progress; each shows what it recorded, is offered only to those the platform
 * lets, refuses the others, and sends bad input back with the problem next to the field.
 */
class MeetingFormPagesTest extends NodePerTest {

    private Member chair;
    private Member expert;
    private Member otherExpert;
    private String meetingPath;

    @BeforeEach
    void start() {
        var scenario = node.scenario;
        chair = scenario.seat(scenario.us, Role.CO_CHAIR, "Uma Chair");
        expert = scenario.seat(scenario.us, Role.EXPERT, "Ed Expert");
        otherExpert = scenario.seat(scenario.us, Role.EXPERT, "Eve Expert");
        long meetingId = node.core
                .meetings()
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.parse("2026-10-06T09:00"),
                        90,
                        new Venue(scenario.us.id(), "Geneva", "Europe/Zurich", "Palais", ""))
                .id();
        meetingPath = "/meetings/" + meetingId;
    }

    @Test
    void aCoChairAddsASharedItemAndACaucusItemThatOnlyTheSideSees() {
        PageClient uma = as(chair);
        uma.get(meetingPath);

        String page = uma.follow(uma.post(meetingPath + "/agenda", Map.of("title", "Roadmap review")))
                .body();
        assertThat(page).contains("The agenda item is added.", "Roadmap review");
        page = uma.follow(uma.post(
                        meetingPath + "/agenda",
                        Map.of("title", "Our red lines", "caucusSideId", Long.toString(node.scenario.us.id()))))
                .body();
        assertThat(page).contains("Our red lines", "caucus: " + node.scenario.us.name());

        Member chen = node.scenario.seat(node.scenario.cn, Role.EXPERT, "Chen Expert");
        assertThat(as(chen).get(meetingPath).body()).contains("Roadmap review").doesNotContain("Our red lines");
    }

    @Test
    void anExpertIsNotOfferedTheAgendaFormAndIsRefused() {
        PageClient ed = as(expert);
        assertThat(ed.get(meetingPath).body()).doesNotContain("Add an agenda item");

        PageClient.Response refused = ed.post(meetingPath + "/agenda", Map.of("title", "My topic"));

        assertThat(ed.follow(refused).body()).contains("You may not do this.").doesNotContain("My topic");
    }

    @Test
    void anAgendaItemWithoutTitleComesBackWithTheProblem() {
        PageClient uma = as(chair);
        uma.get(meetingPath);

        PageClient.Response refused = uma.post(meetingPath + "/agenda", Map.of("title", " "));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Required.", "id=\"problem-agenda-title\"", "<details open>");
    }

    @Test
    void aCoChairRecordsAttendanceThatMembersSeeAndAnExpertMayNotRecordIt() {
        PageClient uma = as(chair);
        assertThat(uma.get(meetingPath).body()).contains("Attendance of Ed Expert");

        String page = uma.follow(uma.post(
                        meetingPath + "/attendance",
                        Map.of("memberId", Long.toString(expert.id()), "status", "REMOTE")))
                .body();
        assertThat(page).contains("The attendance is recorded.", "value=\"REMOTE\" selected");

        PageClient ed = as(expert);
        assertThat(ed.get(meetingPath).body())
                .contains("<td>Ed Expert</td><td>remote</td>")
                .doesNotContain("Attendance of");
        PageClient.Response refused = ed.post(
                meetingPath + "/attendance", Map.of("memberId", Long.toString(expert.id()), "status", "ABSENT"));
        assertThat(ed.follow(refused).body()).contains("You may not do this.", "<td>Ed Expert</td><td>remote</td>");

        PageClient.Response bad = uma.post(
                meetingPath + "/attendance", Map.of("memberId", Long.toString(expert.id()), "status", "asleep"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body())
                .contains("Not one of the choices.", "id=\"problem-attendance-" + expert.id() + "-status\"");
    }

    @Test
    void aCoChairRaisesAnActionItemAndItsOwnerReportsItDone() {
        PageClient uma = as(chair);
        uma.get(meetingPath);

        String page = uma.follow(uma.post(
                        meetingPath + "/actions",
                        Map.of(
                                "title", "Circulate the draft profile",
                                "ownerMemberId", Long.toString(expert.id()),
                                "dueDate", "2026-10-20")))
                .body();
        assertThat(page)
                .contains("The action item is created.", "Circulate the draft profile", "20 Oct 2026")
                .contains("status-OPEN\">open");
        long itemId = node.core
                .actions()
                .items(node.scenario.admin, node.scenario.group.id())
                .getFirst()
                .id();

        PageClient ed = as(expert);
        assertThat(ed.get(meetingPath).body())
                .contains("Status of Circulate the draft profile")
                .doesNotContain("New action item");
        page = ed.follow(ed.post(
                        meetingPath + "/actions/" + itemId + "/status", Map.of("status", "DONE", "note", "sent round")))
                .body();
        assertThat(page).contains("The progress is recorded.", "status-DONE\">done");

        PageClient eve = as(otherExpert);
        assertThat(eve.get(meetingPath).body()).doesNotContain("Status of Circulate the draft profile");
        PageClient.Response refused =
                eve.post(meetingPath + "/actions/" + itemId + "/status", Map.of("status", "OPEN"));
        assertThat(eve.follow(refused).body()).contains("You may not do this.", "status-DONE\">done");
    }

    @Test
    void anActionItemWithoutOwnerOrWithABadDateComesBackAndAnExpertMayNotRaiseOne() {
        PageClient uma = as(chair);
        uma.get(meetingPath);

        PageClient.Response noOwner =
                uma.post(meetingPath + "/actions", Map.of("title", "Kept", "dueDate", "2026-10-20"));
        assertThat(noOwner.status()).isEqualTo(422);
        assertThat(noOwner.body()).contains("Required.", "id=\"problem-action-ownerMemberId\"", "value=\"Kept\"");

        PageClient.Response badDate = uma.post(
                meetingPath + "/actions",
                Map.of("title", "Kept", "ownerMemberId", Long.toString(expert.id()), "dueDate", "soon"));
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body()).contains("Not a date (yyyy-mm-dd).", "id=\"problem-action-dueDate\"");

        PageClient ed = as(expert);
        ed.get(meetingPath);
        PageClient.Response refused = ed.post(
                meetingPath + "/actions",
                Map.of("title", "Mine", "ownerMemberId", Long.toString(expert.id()), "dueDate", "2026-10-20"));
        assertThat(ed.follow(refused).body()).contains("You may not do this.");
        assertThat(node.core.actions().items(node.scenario.admin, node.scenario.group.id()))
                .isEmpty();
    }

    private PageClient as(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }
}
