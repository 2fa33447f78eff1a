package org.parley.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.meetings.AgendaItem;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.Venue;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Policy updates over HTTP: posting, filtering, the Atom feed, agenda links and list digests. */
class PolicyUpdateApiTest {

    private static final String RULE = """
            {"texts": {"en": {"title": "Entity List additions: <fabs> & foundries", "summary": "Twelve entities added."},
                       "zh": {"title": "实体清单新增：晶圆厂", "summary": "新增十二个实体。"}},
             "authoritativeLanguage": "en", "jurisdiction": "US", "issuingBody": "BIS",
             "instrumentType": "LIST_ADDITION", "publishedOn": "2026-09-01", "effectiveOn": "2026-09-15",
             "citation": "91 FR 1000", "sourceUrl": "https://www.federalregister.gov/d/2026-00001",
             "tags": ["entity list", "semiconductors"]}""";

    private static final String GUIDANCE = """
            {"texts": {"zh": {"title": "两用物项出口管制指南"}}, "authoritativeLanguage": "zh",
             "jurisdiction": "CN", "issuingBody": "MOFCOM", "instrumentType": "GUIDANCE",
             "publishedOn": "2026-08-20", "tags": ["export control law"]}""";

    @TempDir
    Path temp;

    @DatabaseTest
    void membersPostFilterAndFollowTheFeed(Database database) throws Exception {
        try (TestNode node = TestNode.start(database, temp)) {
            var usExpert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");
            var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
            String updates = "/api/v1/groups/" + node.scenario.group.id() + "/policy-updates";

            ApiClient.Response rule = usExpert.client().post(updates, RULE);
            ApiClient.Response guidance = cnExpert.client().post(updates, GUIDANCE);

            assertThat(rule.status()).as(rule.body()).isEqualTo(201);
            assertThat(guidance.status()).as(guidance.body()).isEqualTo(201);
            assertThat(rule.json().get("sideId").asLong()).isEqualTo(node.scenario.us.id());
            var cnOnly = cnExpert.client().get(updates + "?jurisdiction=CN");
            assertThat(cnOnly.json()).hasSize(1);
            assertThat(cnOnly.json().get(0).get("issuingBody").asString()).isEqualTo("MOFCOM");
            var searched = cnExpert.client().get(updates + "?q=twelve&tag=Semiconductors&publishedFrom=2026-09-01");
            assertThat(searched.json()).hasSize(1);
            assertThat(cnExpert.client()
                            .get(updates + "?publishedFrom=yesterday")
                            .json()
                            .get("fields")
                            .has("publishedFrom"))
                    .isTrue();
            long ruleId = rule.json().get("id").asLong();
            assertThat(cnExpert.client()
                            .get("/api/v1/policy-updates/" + ruleId)
                            .json()
                            .get("citation")
                            .asString())
                    .isEqualTo("91 FR 1000");

            ApiClient.Response feed = cnExpert.client().get(updates + ".atom");
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type").orElseThrow()).startsWith("application/atom+xml");
            Document atom = parse(feed.body());
            assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
            var entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            assertThat(entries.getLength()).isEqualTo(2);
            Element first = (Element) entries.item(0);
            assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                            .item(0)
                            .getTextContent())
                    .isEqualTo("Entity List additions: <fabs> & foundries");
            assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "author")
                            .item(0)
                            .getTextContent())
                    .isEqualTo("US");
            assertThat(feed.body()).contains("term=\"jurisdiction:US\"").contains("term=\"semiconductors\"");
            assertThat(node.client().get(updates + ".atom").status()).isEqualTo(401);
        }
    }

    @DatabaseTest
    void thePostingSideCorrectsAndWithdrawsItsUpdateAndNoOneElseCan(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usExpert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");
            var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
            var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
            long id = usExpert.client()
                    .post("/api/v1/groups/" + node.scenario.group.id() + "/policy-updates", RULE)
                    .json()
                    .get("id")
                    .asLong();
            String update = "/api/v1/policy-updates/" + id;
            String corrected = RULE.replace("91 FR 1000", "91 FR 1002");

            ApiClient.Response byOtherSide = cnExpert.client().put(update, corrected);
            ApiClient.Response byColleague = usChair.client().put(update, corrected);
            ApiClient.Response withdrawnByOtherSide =
                    cnExpert.client().post(update + "/withdrawal", "{\"reason\": \"not ours\"}");
            ApiClient.Response withdrawn =
                    usExpert.client().post(update + "/withdrawal", "{\"reason\": \"superseded by 91 FR 1100\"}");
            ApiClient.Response afterwards = usExpert.client().put(update, RULE);

            assertThat(byOtherSide.status()).isEqualTo(403);
            assertThat(byColleague.status()).as(byColleague.body()).isEqualTo(200);
            assertThat(byColleague.json().get("citation").asString()).isEqualTo("91 FR 1002");
            assertThat(withdrawnByOtherSide.status()).isEqualTo(403);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
            assertThat(withdrawn.json().get("withdrawalReason").asString()).isEqualTo("superseded by 91 FR 1100");
            assertThat(afterwards.status()).isEqualTo(409);
        }
    }

    @DatabaseTest
    void anUpdateWithoutTitleJurisdictionOrDatesGetsFieldErrors(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var expert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");

            ApiClient.Response refused =
                    expert.client().post("/api/v1/groups/" + node.scenario.group.id() + "/policy-updates", """
                            {"texts": {"en": {"title": ""}}, "authoritativeLanguage": "en",
                             "issuingBody": "BIS", "instrumentType": "RULE"}""");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("fields").propertyNames())
                    .containsExactlyInAnyOrder("texts.en.title", "jurisdiction", "publishedOn");
        }
    }

    @DatabaseTest
    void updatesOnTheAgendaAreListedForTheMeetingPack(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usExpert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");
            var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
            Meeting meeting = node.core
                    .meetings()
                    .schedule(
                            node.scenario.admin,
                            node.scenario.group.id(),
                            "Plenary",
                            LocalDateTime.of(2026, 10, 1, 9, 0),
                            90,
                            new Venue(node.scenario.cn.id(), "Beijing", "Asia/Shanghai", "Hall 1", ""));
            AgendaItem item =
                    node.core.agenda().addItem(node.scenario.admin, meeting.id(), "Exchange of policy updates", null);
            long ruleId = usExpert.client()
                    .post("/api/v1/groups/" + node.scenario.group.id() + "/policy-updates", RULE)
                    .json()
                    .get("id")
                    .asLong();
            String link = "/api/v1/agenda-items/" + item.id() + "/policy-updates";

            ApiClient.Response linked = usExpert.client().post(link, "{\"updateId\": " + ruleId + "}");
            ApiClient.Response twice = usExpert.client().post(link, "{\"updateId\": " + ruleId + "}");
            ApiClient.Response pack = cnExpert.client().get("/api/v1/meetings/" + meeting.id() + "/policy-updates");

            assertThat(linked.status()).as(linked.body()).isEqualTo(201);
            assertThat(twice.status()).isEqualTo(409);
            assertThat(pack.json()).hasSize(1);
            assertThat(pack.json().get(0).get("agendaItemTitle").asString()).isEqualTo("Exchange of policy updates");
            assertThat(pack.json().get(0).get("update").get("id").asLong()).isEqualTo(ruleId);
            assertThat(cnExpert.client().delete(link + "/" + ruleId).status()).isEqualTo(403);
            assertThat(usExpert.client().delete(link + "/" + ruleId).status()).isEqualTo(204);
            assertThat(cnExpert.client()
                            .get("/api/v1/meetings/" + meeting.id() + "/policy-updates")
                            .json())
                    .isEmpty();
        }
    }

    @DatabaseTest
    void withoutAListUpdateThereIsNoDigest(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var expert = node.seat(node.scenario.us, Role.EXPERT, "US Expert");

            assertThat(expert.client().get("/api/v1/lists/snapshots").json()).isEmpty();
            assertThat(expert.client().get("/api/v1/lists/digest").status()).isEqualTo(404);
            assertThat(expert.client()
                            .get("/api/v1/lists/snapshots/..%2Fx/digest")
                            .status())
                    .isEqualTo(404);
            assertThat(expert.client()
                            .get("/api/v1/groups/" + node.scenario.group.id() + "/list-digest")
                            .json()
                            .get("error")
                            .asString())
                    .contains("first lists imported");
        }
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
