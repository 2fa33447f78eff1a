package org.parley.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.web.testing.NodePerTest;
import org.parley.web.testing.PageClient;
import org.parley.web.testing.TestNode;

/**
 * The pages over plain HTTP, as a browser without scripts uses them: sign-in redirects, forms that
 * post and redirect (Post/Redirect/Get) with a notice, CSRF tokens, escaping, languages, error pages.
 */
class PagesWithoutScriptsTest extends NodePerTest {

    private PageClient browser() {
        return new PageClient(node.server().port());
    }

    private PageClient admin() {
        return browser().signIn(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);
    }

    private String groupPath() {
        return "/groups/" + node.scenario.group.id();
    }

    @Test
    void visitorsAreSentToSignInAndBackToWhereTheyWereGoing() {
        PageClient visitor = browser();

        PageClient.Response page = visitor.get(groupPath());
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/sign-in?next=%2Fgroups%2F" + node.scenario.group.id());

        visitor.follow(page);
        PageClient.Response signedIn = visitor.post(
                "/sign-in",
                Map.of("email", TestNode.ADMIN_EMAIL, "password", TestNode.ADMIN_PASSWORD, "next", groupPath()));
        assertThat(signedIn.location()).isEqualTo(groupPath());
        assertThat(visitor.follow(signedIn).body()).contains("You are signed in.", "Supply-Chain Security WG");
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithANotice() {
        PageClient visitor = browser();
        visitor.get("/sign-in");

        PageClient.Response refused = visitor.post(
                "/sign-in", Map.of("email", TestNode.ADMIN_EMAIL, "password", "not the password", "next", "/"));

        assertThat(refused.location()).startsWith("/sign-in");
        assertThat(visitor.follow(refused).body()).contains("Wrong e-mail or password.");
        assertThat(visitor.get("/").status()).isEqualTo(303);
    }

    @Test
    void everyFormCarriesTheTokenAndPostsWithoutItAreRefused() {
        PageClient admin = admin();
        String page = admin.get(groupPath()).body();
        Map<String, String> member = newMember("Jane Doe");

        assertThat(page).contains("name=\"_csrf\"");
        PageClient.Response forged = admin.post(groupPath() + "/members", with(member, "_csrf", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("text/html");
        assertThat(forged.body()).contains("You may not do this");
        PageClient.Response bare = browser().post("/sign-in", Map.of("_csrf", "", "email", "x", "password", "y"));
        assertThat(bare.status()).isEqualTo(403);
        assertThat(admin.get(groupPath()).body()).doesNotContain("Jane Doe");
    }

    @Test
    void addingAMemberPostsRedirectsAndShowsTheNameAsText() {
        PageClient admin = admin();
        admin.get(groupPath());

        PageClient.Response added = admin.post(groupPath() + "/members", newMember("<script>alert(1)</script>"));

        assertThat(added.status()).isEqualTo(303);
        assertThat(added.location()).isEqualTo(groupPath() + "#roster");
        String page = admin.follow(added).body();
        assertThat(page)
                .contains("The member is added")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .contains("1 / 3 seats");
    }

    @Test
    void aFullSideRefusesTheNextSeatWithThePlatformsReason() {
        for (int i = 1; i <= 3; i++) {
            node.scenario.seat(node.scenario.us, Role.EXPERT, "Expert " + i);
        }
        PageClient admin = admin();
        admin.get(groupPath());

        PageClient.Response refused = admin.post(groupPath() + "/members", newMember("One Too Many"));

        assertThat(refused.location()).isEqualTo(groupPath() + "#roster");
        String page = admin.follow(refused).body();
        assertThat(page).contains("Refused.", "US has reached its cap of 3", "3 / 3 seats");
        assertThat(page).doesNotContain("One Too Many");
    }

    @Test
    void theLanguageFollowsTheBrowserUntilTheViewerSwitches() {
        PageClient visitor = browser().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");

        String chinese = visitor.get("/sign-in").body();
        assertThat(chinese).contains("<html lang=\"zh-Hans\">", "登录 Parley 议事", "电子邮箱");

        PageClient.Response switched = visitor.get("/language/en?back=%2Fsign-in");
        assertThat(switched.location()).isEqualTo("/sign-in");
        assertThat(visitor.follow(switched).body()).contains("<html lang=\"en\">", "Sign in to Parley");
        assertThat(visitor.get("/language/zh?back=%2F%2Fevil.example").location())
                .isEqualTo("/");
    }

    @Test
    void failuresArePagesForBrowsersAndJsonForTheApi() {
        PageClient admin = admin();

        PageClient.Response page = admin.get("/groups/9999");
        PageClient.Response api = admin.get("/api/v1/groups/9999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Not found · Parley</title>");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/json");
    }

    @Test
    void pagesForbidInlineScriptsAndFraming() {
        PageClient.Response page = browser().get("/sign-in");

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.body()).doesNotContain("<script>").contains("<script src=\"/static/parley.js\" defer>");
        assertThat(browser().get("/static/parley.css").status()).isEqualTo(200);
    }

    @Test
    void theConsoleDecidesAHypotheticalReleaseAsParleyDecideDoes() {
        PageClient admin = admin();
        String question = "/compliance?date=2026-10-01&itemKind=TECHNOLOGY&eccn=EAR99&publicStatus=PUBLISHED"
                + "&recipientName=Example+Institute&recipientKind=ORGANIZATION&recipientCountry=cn&purpose=COMMERCIAL";

        String decided = admin.get(question).body();
        String refused = admin.get(question.replace("EAR99", "5X999")).body();

        assertThat(decided).contains("Release to Example Institute:", "not subject to the EAR", "15 CFR 734.7");
        assertThat(refused).contains("The question cannot be decided as asked.", "item.eccn");
        assertThat(admin.get("/compliance").body()).doesNotContain("Release to");
    }

    private Map<String, String> newMember(String name) {
        return Map.of(
                "sideId", Long.toString(node.scenario.us.id()),
                "fullName", name,
                "organisation", "Example Labs",
                "email", "member@example.org",
                "role", "EXPERT",
                "nationalities", "us",
                "preferredLanguage", "en",
                "timeZone", "America/New_York");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        var all = new java.util.LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }
}
