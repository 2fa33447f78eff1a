package org.parley.web.pages.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.testing.Scenario;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/**
 * The forms of the group page without scripts: drafting a proposal, opening a channel, adding goals
 * and milestones and moving a milestone on; each shows what it made, is offered only to those the
 * platform lets, refuses the others, and sends bad input back with the problem next to the field.
 */
class GroupFormPagesTest extends NodePerTest {

    private Member chair;
    private Member expert;
    private Member observer;
    private Member chineseExpert;

    @BeforeEach
    void start() {
        chair = node.scenario.seat(node.scenario.us, Role.CO_CHAIR, "Uma Chair");
        expert = node.scenario.seat(node.scenario.us, Role.EXPERT, "Ed Expert");
        chineseExpert = node.scenario.seat(node.scenario.cn, Role.EXPERT, "Chen Expert");
        observer = node.scenario.seat(node.scenario.us, Role.OBSERVER, "Olga Observer");
    }

    @Test
    void anExpertDraftsABilingualProposalThatTheGroupPageThenLists() {
        PageClient ed = as(expert);
        assertThat(ed.get(groupPath()).body()).contains("New proposal").doesNotContain("New channel", "Add a goal");

        PageClient.Response drafted = ed.post(
                groupPath() + "/proposals",
                Map.of(
                        "title", "Common <glossary>",
                        "texts.en", "Terms used by both sides.",
                        "texts.zh", "双方使用的术语。",
                        "authoritativeLanguage", "zh"));

        assertThat(drafted.location()).matches("/proposals/\\d+");
        String page = ed.follow(drafted).body();
        assertThat(page)
                .contains("The proposal is drafted.", "Common &lt;glossary&gt;", "Terms used by both sides.")
                .contains("双方使用的术语。", "version 1");
        assertThat(ed.get(groupPath()).body())
                .contains("href=\"" + drafted.location() + "\"", "Common &lt;glossary&gt;");
    }

    @Test
    void aProposalWithoutTextComesBackWithTheProblemsNextToTheFieldsAndNothingIsDrafted() {
        PageClient ed = as(expert);
        ed.get(groupPath());

        PageClient.Response refused = ed.post(
                groupPath() + "/proposals",
                Map.of("title", "Kept title", "texts.en", " ", "authoritativeLanguage", "en"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Not saved: 2 fields need attention.", "Write the text in at least one language.")
                .contains("id=\"problem-proposal-texts\"", "id=\"problem-proposal-authoritativeLanguage\"")
                .contains("value=\"Kept title\"", "<details open>");
        assertThat(node.core.proposals().proposals(node.scenario.admin, groupId()))
                .isEmpty();
    }

    @Test
    void aChineseSpeakingMemberGetsTheFormAndItsProblemsInChinese() {
        PageClient chen = as(chineseExpert);
        assertThat(chen.get(groupPath()).body()).contains("新提案", "作准语言");

        PageClient.Response refused = chen.post(
                groupPath() + "/proposals",
                Map.of("title", "术语表", "texts.en", "Glossary.", "authoritativeLanguage", "zh"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("未保存：有 1 个字段需要处理。", "应为已填写正文的语言。", "value=\"术语表\"");
    }

    @Test
    void anObserverIsNotOfferedTheProposalFormAndIsRefused() {
        PageClient olga = as(observer);
        assertThat(olga.get(groupPath()).body()).doesNotContain("New proposal");

        PageClient.Response refused = olga.post(
                groupPath() + "/proposals",
                Map.of("title", "Mine", "texts.en", "Text.", "authoritativeLanguage", "en"));

        assertThat(refused.location()).isEqualTo(groupPath() + "#proposals");
        assertThat(olga.follow(refused).body()).contains("You may not do this.", "observers");
        assertThat(node.core.proposals().proposals(node.scenario.admin, groupId()))
                .isEmpty();
    }

    @Test
    void aCoChairOpensAChannelBetweenBothSidesAndAnExpertIsRefused() {
        PageClient uma = as(chair);
        assertThat(uma.get(groupPath()).body()).contains("New channel");

        PageClient.Response opened = post(uma, groupPath() + "/channels", channelForm(uma, "Technical liaison", true));

        assertThat(opened.location()).matches("/channels/\\d+");
        assertThat(uma.follow(opened).body()).contains("The channel is open.", "Technical liaison");
        assertThat(uma.get(groupPath()).body()).contains("href=\"" + opened.location() + "\"");

        PageClient ed = as(expert);
        ed.get(groupPath());
        PageClient.Response refused = post(ed, groupPath() + "/channels", channelForm(ed, "Side channel", true));
        assertThat(ed.follow(refused).body()).contains("You may not do this.");
        assertThat(node.core.channels().channels(Scenario.actorOf(chair), groupId()))
                .hasSize(1);
    }

    @Test
    void aChannelWithOneSideComesBackWithTheSidesProblem() {
        PageClient uma = as(chair);
        uma.get(groupPath());

        PageClient.Response refused = post(uma, groupPath() + "/channels", channelForm(uma, "Lonely", false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose at least two sides.", "value=\"Lonely\"");
    }

    @Test
    void aCoChairAddsAGoalAndAMilestoneAndMovesItOn() {
        PageClient uma = as(chair);
        uma.get(groupPath());

        String page = uma.follow(uma.post(
                        groupPath() + "/goals",
                        Map.of("title", "Interoperable profiles", "description", "One profile per use case.")))
                .body();
        assertThat(page).contains("The goal is added.", "Interoperable profiles", "One profile per use case.");
        long goalId = node.core
                .groups()
                .goals(node.scenario.admin, groupId())
                .getFirst()
                .id();

        page = uma.follow(uma.post(
                        groupPath() + "/milestones",
                        Map.of("title", "First draft", "dueDate", "2026-12-01", "goalId", Long.toString(goalId))))
                .body();
        assertThat(page).contains("The milestone is added.", "First draft", "1 Dec 2026");
        long milestoneId = node.core
                .groups()
                .milestones(node.scenario.admin, groupId())
                .getFirst()
                .id();

        page = uma.follow(uma.post(
                        groupPath() + "/milestones/" + milestoneId + "/status", Map.of("status", "IN_PROGRESS")))
                .body();
        assertThat(page).contains("The milestone status is changed.", "status-IN_PROGRESS\">in progress");
    }

    @Test
    void aMilestoneWithABadDateComesBackAndAnExpertMayNotAddOne() {
        PageClient uma = as(chair);
        uma.get(groupPath());

        PageClient.Response refused =
                uma.post(groupPath() + "/milestones", Map.of("title", "Someday", "dueDate", "next week"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Not a date (yyyy-mm-dd).", "id=\"problem-milestone-dueDate\"", "value=\"Someday\"")
                .contains("aria-invalid=\"true\"");

        PageClient ed = as(expert);
        ed.get(groupPath());
        PageClient.Response forbidden =
                ed.post(groupPath() + "/milestones", Map.of("title", "Ours", "dueDate", "2026-12-01"));
        assertThat(ed.follow(forbidden).body()).contains("You may not do this.");
        assertThat(node.core.groups().milestones(node.scenario.admin, groupId()))
                .isEmpty();
    }

    private List<Map.Entry<String, String>> channelForm(PageClient client, String name, boolean bothSides) {
        var fields = new java.util.ArrayList<Map.Entry<String, String>>();
        fields.add(client.csrf());
        fields.add(Map.entry("name", name));
        fields.add(Map.entry("sideIds", Long.toString(node.scenario.us.id())));
        if (bothSides) {
            fields.add(Map.entry("sideIds", Long.toString(node.scenario.cn.id())));
        }
        return fields;
    }

    private PageClient.Response post(PageClient client, String path, List<Map.Entry<String, String>> fields) {
        return client.post(path, fields, Map.of());
    }

    private PageClient as(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }

    private long groupId() {
        return node.scenario.group.id();
    }

    private String groupPath() {
        return "/groups/" + groupId();
    }
}
