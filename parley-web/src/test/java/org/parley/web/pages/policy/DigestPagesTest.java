package org.parley.web.pages.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.lists.StoredLists;
import org.parley.core.members.Member;
import org.parley.core.policy.ListFilesForTests;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/** The list-change digest pages: counts per import, entries in full, members' look-alikes, drafts to offer. */
class DigestPagesTest extends NodePerTest {

    private static final String NANJING = "Nanjing Example Microelectronics Co., Ltd.";

    private StoredLists newer;

    @BeforeEach
    void start() {
        var store = node.lists.store();
        String alpha = ListFilesForTests.entityListRow("a", "Alpha Optics Co., Ltd.", "CN", "90 FR 1000");
        store.importFrom(List.of(ListFilesForTests.write(temp.resolve("in1"), "2026-08-01", alpha)), List.of("1"));
        node.scenario.clock.advance(Duration.ofDays(31));
        newer = store.importFrom(
                List.of(ListFilesForTests.write(
                        temp.resolve("in2"),
                        "2026-09-01",
                        ListFilesForTests.entityListRow("b", NANJING, "CN", "90 FR 1000; 91 FR 2000"),
                        ListFilesForTests.entityListRow("c", "Gamma <Photonics>", "HK", "91 FR 2000"))),
                List.of("2"));
        node.scenario.members.addMember(
                node.scenario.admin, node.scenario.newMember(node.scenario.cn, Role.EXPERT, "Li Wei", NANJING, null));
    }

    private PageClient signedIn(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }

    @Test
    void aComplianceOfficerSeesTheCountsTheEntriesAndTheMemberWhoResemblesAnAddition() {
        PageClient officer = signedIn(node.scenario.seat(node.scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer"));

        String list = officer.get("/lists/digests").body();
        assertThat(list)
                .contains("href=\"/lists/digests\"", "What each list update changed")
                .contains("href=\"/lists/digests/" + newer.id() + "#list-EL\"")
                .containsPattern(
                        "<td class=\"number\">2</td>\\s*<td class=\"number\">1</td>\\s*<td class=\"number\">0</td>");

        PageClient.Response detail = officer.get("/lists/digests/" + newer.id());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body())
                .contains("2 added, 1 removed, 0 changed; 1 entries before, 2 after.")
                .contains("Alpha Optics Co., Ltd.", "Gamma &lt;Photonics&gt;", "Presumption of denial", "91 FR 2000")
                .contains("<li class=\"member-match\">", "resembles a member")
                .contains(NANJING + " (Supply-Chain Security WG) resembles this party, score 1.00.")
                .as("the officer is a member, so may offer the draft to the group")
                .contains("action=\"/groups/" + node.scenario.group.id() + "/policy-updates/new\"")
                .contains("Offer to Supply-Chain Security WG as a draft policy update");

        String draft = officer.get("/groups/" + node.scenario.group.id() + "/policy-updates/new?fromDigest=EL")
                .body();
        assertThat(draft)
                .contains("value=\"Entity List: 2 additions, 1 removals, 91 FR 2000\"")
                .contains("value=\"实体清单：新增 2 项，移除 1 项，91 FR 2000\"")
                .contains("<option value=\"LIST_ADDITION\" selected>", "name=\"jurisdiction\" value=\"US\"");
    }

    @Test
    void anExpertReadsTheListChangesButNotWhichMembersResembleThem() {
        PageClient expert = signedIn(node.scenario.seat(node.scenario.us, Role.EXPERT, "Eve Expert"));

        String detail = expert.get("/lists/digests/" + newer.id()).body();

        assertThat(detail)
                .contains(NANJING, "Added (2)")
                .doesNotContain("resembles")
                .doesNotContain("member-match");
        assertThat(expert.get("/lists/digests/no-such-snapshot").status()).isEqualTo(404);
    }
}
