package org.parley.web.pages.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Visibility;
import org.parley.core.groups.Group;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.members.Member;
import org.parley.core.policy.NewPolicyUpdate;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.policy.PolicyUpdates;
import org.parley.core.system.Actor;
import org.parley.core.testing.Scenario;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/** The policy-update pages over HTTP: the filtered feed, the form's field errors, who may do what. */
class PolicyPagesTest extends NodePerTest {

    private Member usExpert;
    private Member cnExpert;

    @BeforeEach
    void start() {
        usExpert = node.scenario.seat(node.scenario.us, Role.EXPERT, "Uma Expert");
        cnExpert = node.scenario.seat(node.scenario.cn, Role.EXPERT, "Chen Expert");
    }

    private PageClient signedIn(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }

    private String feed() {
        return "/groups/" + node.scenario.group.id() + "/policy-updates";
    }

    private PolicyUpdate post(Member member, NewPolicyUpdate update) {
        return node.core.policyUpdates().post(Scenario.actorOf(member), node.scenario.group.id(), update);
    }

    @Test
    void theFeedFiltersOnEveryFieldAndShowsBothLanguagesSideBySide() {
        PolicyUpdate rule = post(usExpert, PolicyUpdates.bisRule());
        PolicyUpdate announcement = post(cnExpert, PolicyUpdates.mofcomAnnouncement());
        PageClient browser = signedIn(cnExpert);

        String all = browser.get(feed()).body();
        assertThat(all)
                .contains("id=\"update-" + rule.id() + "\"", "id=\"update-" + announcement.id() + "\"")
                .contains("<article lang=\"en\" class=\"authoritative\">", "<article lang=\"zh\" class=\"\">")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/api/v1/groups/"
                        + node.scenario.group.id() + "/policy-updates.atom\"")
                .contains("href=\"https://www.federalregister.gov/d/2026-00001\" rel=\"noopener noreferrer\"")
                .as("the viewer's language, Chinese, frames the texts")
                .contains("91 FR 1000", "发布方", "以此为准");
        assertThat(browser.get("/groups/" + node.scenario.group.id()).body()).contains("<a href=\"" + feed() + "\">");

        String chinese =
                browser.get(feed() + "?jurisdiction=CN&instrumentType=RULE").body();
        assertThat(chinese)
                .contains("id=\"update-" + announcement.id() + "\"")
                .doesNotContain("id=\"update-" + rule.id() + "\"")
                .contains("name=\"jurisdiction\" value=\"CN\"")
                .contains("<option value=\"RULE\" selected>")
                .contains("policy-updates.atom?jurisdiction=CN&amp;instrumentType=RULE");
        Map<String, String> onlyTheRule = Map.of(
                "q", "twelve",
                "issuingBody", "bis",
                "tag", "entity list",
                "citation", "91 FR",
                "sideId", Long.toString(node.scenario.us.id()),
                "publishedFrom", "2026-09-01",
                "effectiveFrom", "2026-09-15",
                "effectiveTo", "2026-09-15");
        for (Map.Entry<String, String> criterion : onlyTheRule.entrySet()) {
            String page = browser.get(feed() + "?" + criterion.getKey() + "="
                            + java.net.URLEncoder.encode(criterion.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .body();
            assertThat(page)
                    .as("filter %s", criterion)
                    .contains("id=\"update-" + rule.id() + "\"")
                    .doesNotContain("id=\"update-" + announcement.id() + "\"");
        }
        assertThat(browser.get(feed() + "?publishedTo=2026-08-31").body())
                .contains("id=\"update-" + announcement.id() + "\"")
                .doesNotContain("id=\"update-" + rule.id() + "\"");
        assertThat(browser.get(feed() + "?publishedFrom=yesterday").status()).isEqualTo(400);
    }

    @Test
    void attachedDocumentsAreListedWithALinkToTheirPage() {
        PolicyUpdate update = post(usExpert, PolicyUpdates.bisRule("Entity List additions"));
        long documentId = node.workflows
                .documents()
                .create(
                        Scenario.actorOf(usExpert),
                        node.scenario.group.id(),
                        new NewDocument("Federal Register text", node.scenario.us.id(), Visibility.JOINT))
                .id();
        node.workflows.policyAttachments().attach(Scenario.actorOf(usExpert), update.id(), documentId);

        String page = signedIn(cnExpert).get(feed()).body();

        assertThat(page)
                .contains("<a href=\"/documents/" + documentId + "\">Federal Register text</a>")
                .contains("须经发布审查");
    }

    @Test
    void titlesAreEscaped() {
        post(usExpert, PolicyUpdates.bisRule("<script>alert('x')</script> rule"));

        String page = signedIn(usExpert).get(feed()).body();

        assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void aFormWithoutTitleJurisdictionOrDateComesBackWithEachProblemNextToItsField() {
        PageClient browser = signedIn(usExpert);
        browser.get(feed() + "/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("texts.en.title", "");
        fields.put("texts.en.summary", "A summary <b>kept</b>");
        fields.put("texts.zh.title", "");
        fields.put("texts.zh.summary", "");
        fields.put("authoritativeLanguage", "en");
        fields.put("jurisdiction", "");
        fields.put("issuingBody", "BIS");
        fields.put("instrumentType", "GUIDANCE");
        fields.put("publishedOn", "");
        fields.put("effectiveOn", "2026-13-40");
        fields.put("citation", "91 FR 7");
        fields.put("tags", "faq, guidance");

        PageClient.Response refused = browser.post(feed(), fields);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"problem-texts-en-title\" class=\"field-error\" role=\"alert\">Required.")
                .contains("id=\"problem-jurisdiction\" class=\"field-error\" role=\"alert\">Required.")
                .contains("id=\"problem-publishedOn\" class=\"field-error\" role=\"alert\">Required.")
                .contains("id=\"problem-effectiveOn\" class=\"field-error\" role=\"alert\">Not a date")
                .contains("name=\"issuingBody\" value=\"BIS\"", "name=\"citation\" value=\"91 FR 7\"")
                .contains("A summary &lt;b&gt;kept&lt;/b&gt;</textarea>")
                .contains("<option value=\"GUIDANCE\" selected>")
                .contains("id=\"jurisdiction\" name=\"jurisdiction\" value=\"\" maxlength=\"2\" size=\"4\"\n"
                        + "             aria-invalid=\"true\"");
        assertThat(node.core
                        .policyUpdates()
                        .updates(
                                Scenario.actorOf(usExpert),
                                node.scenario.group.id(),
                                org.parley.core.policy.PolicyUpdateFilter.ALL))
                .isEmpty();

        fields.put("texts.en.title", "Guidance on deemed exports");
        fields.put("jurisdiction", "us");
        fields.put("publishedOn", "2026-09-02");
        fields.put("effectiveOn", "");
        PageClient.Response posted = browser.post(feed(), fields);

        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.location()).startsWith(feed() + "#update-");
        assertThat(browser.follow(posted).body())
                .contains("The policy update was posted.", "Guidance on deemed exports", ">faq</a>");
    }

    @Test
    void theChineseFormSaysTheSameInChinese() {
        PageClient browser = signedIn(cnExpert).header("Accept-Language", "zh-CN");
        browser.get(feed() + "/new");

        PageClient.Response refused = browser.post(feed(), Map.of("authoritativeLanguage", "zh"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("请至少用一种语言填写标题。", "必填。", "发布政策动态");
    }

    @Test
    void thePostingSideCorrectsAndWithdrawsTheOtherSideCannot() {
        PolicyUpdate rule = post(usExpert, PolicyUpdates.bisRule("Entity List additions: first wording"));
        Member usChair = node.scenario.seat(node.scenario.us, Role.CO_CHAIR, "Ulla Chair");
        PageClient usBrowser = signedIn(usChair);
        PageClient cnBrowser = signedIn(cnExpert);

        assertThat(cnBrowser.get(feed()).body()).doesNotContain("/policy-updates/" + rule.id() + "/edit");
        assertThat(cnBrowser.get("/policy-updates/" + rule.id() + "/edit").status())
                .isEqualTo(403);
        assertThat(cnBrowser
                        .post("/policy-updates/" + rule.id() + "/withdraw", Map.of())
                        .location())
                .isEqualTo(feed());
        assertThat(node.core
                        .policyUpdates()
                        .update(Actor.user(cnExpert.userId()), rule.id())
                        .withdrawn())
                .isFalse();

        String form = usBrowser.get("/policy-updates/" + rule.id() + "/edit").body();
        assertThat(form).contains("value=\"Entity List additions: first wording\"", "value=\"91 FR 1000\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("texts.en.title", "Entity List additions: corrected wording");
        fields.put("texts.en.summary", "");
        fields.put("texts.zh.title", "实体清单新增");
        fields.put("texts.zh.summary", "");
        fields.put("authoritativeLanguage", "en");
        fields.put("jurisdiction", "US");
        fields.put("issuingBody", "BIS");
        fields.put("instrumentType", "LIST_ADDITION");
        fields.put("publishedOn", "2026-09-01");
        fields.put("effectiveOn", "");
        fields.put("citation", "91 FR 1000");
        fields.put("sourceUrl", "");
        fields.put("tags", "");
        assertThat(cnBrowser.post("/policy-updates/" + rule.id(), fields).status())
                .isEqualTo(403);
        PageClient.Response saved = usBrowser.post("/policy-updates/" + rule.id(), fields);
        assertThat(usBrowser.follow(saved).body())
                .contains("The policy update was corrected.", "Entity List additions: corrected wording", "corrected ");

        PageClient.Response withdrawn = usBrowser.post(
                "/policy-updates/" + rule.id() + "/withdraw", Map.of("reason", "Superseded by 91 FR 2000"));
        assertThat(usBrowser.follow(withdrawn).body())
                .contains("The policy update was withdrawn.", "withdrawn", "Superseded by 91 FR 2000")
                .doesNotContain("/policy-updates/" + rule.id() + "/edit");
        assertThat(usBrowser.get("/policy-updates/" + rule.id() + "/edit").status())
                .isEqualTo(409);
    }

    @Test
    void aMemberOfAnotherGroupIsRefused() {
        post(usExpert, PolicyUpdates.bisRule());
        Scenario scenario = node.scenario;
        Group other = scenario.groups.createGroup(
                scenario.admin,
                new NewGroup("Other WG", "Charter.", List.of(new NewSide("A", 3), new NewSide("B", 3))));
        Actor outsider = scenario.user("Olga Outsider");
        Member outsiderMember = scenario.members.addMember(
                scenario.admin,
                scenario.newMember(
                        scenario.groups.sides(scenario.admin, other.id()).get(0),
                        Role.EXPERT,
                        "Olga Outsider",
                        "Other Org",
                        Scenario.userIdOf(outsider)));
        PageClient browser = signedIn(outsiderMember);

        PageClient.Response page = browser.get(feed());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("semiconductor fabs");
        assertThat(browser.get(feed() + "/new").status()).isEqualTo(403);
        browser.get("/groups/" + other.id() + "/policy-updates");
        assertThat(browser.post(feed(), Map.of("texts.en.title", "x")).status()).isEqualTo(403);
    }
}
