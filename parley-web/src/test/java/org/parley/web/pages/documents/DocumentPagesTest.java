package org.parley.web.pages.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.PartyType;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/**
 * The document pages without scripts (and the preview also as an htmx fragment): upload with its
 * classification, the document page, previewing a release without recording it, releasing, and who
 * may do which.
 */
class DocumentPagesTest extends NodePerTest {

    private static final Pattern DOCUMENT = Pattern.compile("/documents/(\\d+)");
    private static final Pattern VERSION = Pattern.compile("/versions/(\\d+)/preview");

    private Member author;
    private Member clean;
    private Member listed;

    @BeforeEach
    void start() {
        var scenario = node.scenario;
        author = scenario.seat(scenario.us, Role.EXPERT, "Uma Author");
        clean = scenario.seat(scenario.cn, Role.EXPERT, "Chen Clean");
        listed = scenario.members.addMember(
                scenario.admin,
                scenario.newMember(scenario.cn, Role.OBSERVER, "Hu Engineer", "Huawei Technologies Co., Ltd.", null));
        // Listed after joining: nobody re-screened yet, and the release gate still catches it.
        scenario.list(new ListEntryBuilder()
                .id("el-1")
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .type(PartyType.ORGANIZATION)
                .name("Huawei Technologies Co., Ltd.")
                .country("CN")
                .licenseRequirement("For all items subject to the EAR. (See §744.11 of the EAR)")
                .licensePolicy("Presumption of denial.")
                .build());
    }

    @Test
    void aDocumentIsUploadedPreviewedWithoutRecordingAndReleasedWithOneRecipientWithheld() {
        PageClient uma = as(author);
        String groupPage = uma.get(groupPath()).body();
        assertThat(groupPage).contains("Upload a document", "/api/v1/groups/" + groupId() + "/calendar.ics");

        PageClient.Response uploaded =
                upload(uma, "Interop <b>profile</b>", "profile text".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.location()).matches("/documents/\\d+");
        String documentPage = uma.follow(uploaded).body();
        assertThat(documentPage)
                .contains("The document is uploaded and classified.", "Interop &lt;b&gt;profile&lt;/b&gt;", "EAR99")
                .contains("version 1", "profile.txt", "12 bytes", "Uma Author", "/content")
                .doesNotContain("<b>profile</b>");
        assertThat(uma.get(groupPath()).body()).contains(uploaded.location(), "Interop &lt;b&gt;profile&lt;/b&gt;");
        String version = find(VERSION, documentPage);

        PageClient.Response preview =
                uma.post("/versions/" + version + "/preview", recipients(uma, clean, listed), Map.of());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<html", "What the release gate would decide", "would receive it", "would be withheld")
                .contains("LICENSE_REQUIRED", "15 CFR 744.11", "<details>", "Release (1 receive it, 1 withheld)");
        assertThat(ledgerRows()).isZero();

        PageClient.Response fragment = uma.post(
                "/versions/" + version + "/preview", recipients(uma, clean, listed), Map.of("HX-Request", "true"));
        assertThat(fragment.body()).startsWith("<div id=\"release-preview\"").doesNotContain("<html");
        assertThat(fragment.body()).contains("15 CFR 744.11");

        PageClient.Response released =
                uma.post("/versions/" + version + "/releases", recipients(uma, clean, listed), Map.of());
        assertThat(released.location()).matches("/documents/\\d+\\?release=\\d+#release-result");
        String result = uma.follow(released).body();
        assertThat(result).contains("Outcome of the release", "Received it (1)", "Withheld (1)", "Release ledger");
        assertThat(between(result, "class=\"plain withheld\"", "</ul>")).contains("Hu Engineer", "15 CFR 744.11");
        assertThat(between(result, "class=\"plain released\"", "</ul>")).contains("Chen Clean");
        assertThat(ledgerRows()).isEqualTo(2);
        String console = new PageClient(node.server().port())
                .signIn(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD)
                .get("/compliance")
                .body();
        assertThat(between(console, "id=\"releases-chart\"", "</section>"))
                .contains("<svg", "1 delivered and 1 withheld in the last 12 months", "Withheld (1)");
        assertThat(between(console, "id=\"withheld\"", "</section>"))
                .contains("Hu Engineer", "LICENSE_REQUIRED", "15 CFR 744.11", "Interop &lt;b&gt;profile&lt;/b&gt;")
                .doesNotContain("Chen Clean");
    }

    @Test
    void theNewVersionFormIsOfferedOnlyToThoseWhoMayClassifyIt() {
        String documentPath =
                upload(as(author), "US paper", new byte[] {1, 2, 3}).location();
        Member colleague = node.scenario.seat(node.scenario.us, Role.EXPERT, "Otto Colleague");

        assertThat(as(author).get(documentPath).body()).contains("Upload a new version");
        assertThat(as(colleague).get(documentPath).body()).contains("US paper").doesNotContain("Upload a new version");
    }

    @Test
    void onlyTheOwningSideReleasesAndOnlyMembersOfASideUploadForIt() {
        String documentPath =
                upload(as(author), "US paper", new byte[] {1, 2, 3}).location();
        PageClient chen = as(clean);

        String page = chen.get(documentPath).body();
        assertThat(page).contains("US paper").doesNotContain(">Preview<", "Release ledger");
        String version = find(VERSION, as(author).get(documentPath).body());
        PageClient.Response preview = chen.post("/versions/" + version + "/preview", recipients(chen, clean), Map.of());
        assertThat(preview.status()).isEqualTo(403);
        assertThat(preview.body()).contains("only the owning side");
        assertThat(chen.post("/versions/" + version + "/releases", recipients(chen, clean), Map.of())
                        .status())
                .isEqualTo(403);

        chen.get(groupPath());
        PageClient.Response foreignSide = chen.postFile(
                groupPath() + "/documents",
                uploadFields("Not ours", node.scenario.us.id()),
                "x.txt",
                "text/plain",
                new byte[] {1});
        assertThat(foreignSide.status()).isEqualTo(403);
        assertThat(ledgerRows()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamedAndNothingIsStored() {
        PageClient uma = as(author);
        uma.get(groupPath());

        PageClient.Response refused = upload(uma, "Too big", new byte[(int) ParleyWorkflows.MAX_UPLOAD_BYTES + 1]);

        assertThat(refused.location()).isEqualTo(groupPath() + "#documents");
        assertThat(uma.follow(refused).body()).contains("Please check your input.", "the limit is 16.0 MB");
        assertThat(node.workflows.documents().documents(node.scenario.admin, groupId()))
                .isEmpty();
    }

    private PageClient.Response upload(PageClient client, String title, byte[] content) {
        client.get(groupPath());
        return client.postFile(
                groupPath() + "/documents",
                uploadFields(title, node.scenario.us.id()),
                "profile.txt",
                "text/plain",
                content);
    }

    private static Map<String, String> uploadFields(String title, long sideId) {
        return Map.of(
                "title", title,
                "ownerSideId", Long.toString(sideId),
                "visibility", "JOINT",
                "language", "en",
                "itemKind", "technology",
                "eccn", "EAR99",
                "publicStatus", "unpublished");
    }

    private static List<Map.Entry<String, String>> recipients(PageClient client, Member... members) {
        var fields = new java.util.ArrayList<Map.Entry<String, String>>();
        fields.add(client.csrf());
        for (Member member : members) {
            fields.add(Map.entry("memberId", Long.toString(member.id())));
        }
        return fields;
    }

    private PageClient as(Member member) {
        String email = node.core.accounts().user(member.userId()).email();
        return new PageClient(node.server().port()).signIn(email, TestNode.PASSWORD);
    }

    private int ledgerRows() {
        return node.scenario
                .database
                .jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM release_ledger")
                        .mapTo(Integer.class)
                        .one());
    }

    private long groupId() {
        return node.scenario.group.id();
    }

    private String groupPath() {
        return "/groups/" + groupId();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start + " in the page").isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }
}
