package org.parley.web.pages.proposals;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Writing a new version of a proposal on its page: its author does, another expert is neither offered
 * the form nor let, and a version without text comes back with the problem next to the field.
 */
class ProposalRevisionPageTest extends NodePerTest {

    private Member author;
    private Member otherExpert;
    private String proposalPath;

    @BeforeEach
    void start() {
        author = node.scenario.seat(node.scenario.us, Role.EXPERT, "Ed Author");
        otherExpert = node.scenario.seat(node.scenario.us, Role.EXPERT, "Eve Expert");
        long id = node.core
                .proposals()
                .draft(
                        Scenario.actorOf(author),
                        node.scenario.group.id(),
                        "Common glossary",
                        Map.of("en", "First wording."),
                        "en")
                .id();
        proposalPath = "/proposals/" + id;
    }

    @Test
    void theAuthorWritesABilingualSecondVersionStartingFromTheCurrentText() {
        PageClient ed = as(author);
        assertThat(ed.get(proposalPath).body()).contains("Write a new version", ">First wording.</textarea>");

        PageClient.Response revised = ed.post(
                proposalPath + "/versions",
                Map.of("texts.en", "Second wording.", "texts.zh", "第二稿。", "authoritativeLanguage", "en"));

        assertThat(revised.location()).isEqualTo(proposalPath);
        assertThat(ed.follow(revised).body())
                .contains("The new version is saved.", "version 2", "Second wording.", "第二稿。");
    }

    @Test
    void anotherExpertIsNotOfferedTheFormAndIsRefused() {
        PageClient eve = as(otherExpert);
        assertThat(eve.get(proposalPath).body()).doesNotContain("Write a new version");

        PageClient.Response refused =
                eve.post(proposalPath + "/versions", Map.of("texts.en", "Hijacked.", "authoritativeLanguage", "en"));

        assertThat(eve.follow(refused).body())
                .contains("You may not do this.", "version 1")
                .doesNotContain("Hijacked.");
    }

    @Test
    void aVersionWithoutTextComesBackWithTheProblem() {
        PageClient ed = as(author);
        ed.get(proposalPath);

        PageClient.Response refused = ed.post(
                proposalPath + "/versions", Map.of("texts.en", "", "texts.zh", "", "authoritativeLanguage", "en"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Write the text in at least one language.", "id=\"problem-revision-texts\"")
                .contains("<details id=\"revise\" open>", "version 1");
    }

    private PageClient as(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }
}
