package org.parley.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.demo.DemoSeeder;
import org.parley.web.testing.MemoryDatabase;
import org.parley.web.testing.TestNode;

/**
 * A working group set up and run through a real browser: sign in, create a group, fill a side up to
 * its cap and see the next seat refused, schedule a meeting series, approve minutes as both
 * co-chairs, switch to Chinese; and release a document with one recipient withheld. Runs with htmx
 * active, as users see it.
 */
class WorkingGroupScenarioTest {

    private static final String US_CHAIR = "ursula.chair@example.org";
    private static final String CN_CHAIR = "chen.chair@example.org";
    private static final String PASSWORD = "a long enough password";
    private static final String XSS = "<script>alert(1)</script>";

    @TempDir
    Path temp;

    @Test
    void aGroupIsSetUpAndItsMinutesApprovedByBothCoChairs() {
        try (Chromium chromium = Chromium.launch();
                MemoryDatabase memory = new MemoryDatabase();
                TestNode node = TestNode.start(memory.database, temp)) {
            int port = node.server().port();
            String meetingPath;
            try (BrowserContext admin = chromium.context(port, "America/New_York", "en-US")) {
                Page page = admin.newPage();
                List<String> dialogs = new ArrayList<>();
                page.onDialog(dialog -> {
                    dialogs.add(dialog.message());
                    dialog.dismiss();
                });
                signIn(page, TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);
                createAccount(page, "Ursula Chair", US_CHAIR);
                createAccount(page, "Chen Chair", CN_CHAIR);

                page.navigate("/");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New group"))
                        .click();
                page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                        .fill("Standards Liaison WG");
                page.getByLabel("Charter").fill("Liaise on test standards.");
                page.locator("#side-name-0").fill("US");
                page.locator("#side-cap-0").fill("2");
                page.locator("#side-name-1").fill("CN");
                page.locator("#side-cap-1").fill("2");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create group"))
                        .click();
                assertThat(page.locator("#flash")).containsText("The group is created.");
                assertThat(page.locator("h1")).hasText("Standards Liaison WG");

                addMember(page, "US", "Ursula Chair", "CO_CHAIR", "US", US_CHAIR);
                assertThat(roster(page, "US")).containsText("1 / 2 seats");
                addMember(page, "US", "Eve Expert", "EXPERT", "US", null);
                assertThat(roster(page, "US")).containsText("2 / 2 seats");
                addMember(page, "US", "Frank Extra", "EXPERT", "US", null, "Refused.");
                assertThat(page.locator("#flash .flash-error")).containsText("US has reached its cap of 2");
                assertThat(roster(page, "US")).not().containsText("Frank Extra");

                addMember(page, "CN", "Chen Chair", "CO_CHAIR", "CN", CN_CHAIR);
                addMember(page, "CN", XSS, "EXPERT", "CN", null);
                assertThat(roster(page, "CN")).containsText(XSS);

                scheduleSeries(page);
                assertThat(page.locator("#flash")).containsText("The meeting series is scheduled.");
                Locator meetings = page.locator("#meetings tbody tr");
                assertThat(meetings).hasCount(3);
                // The Beijing meeting starts at 09:00 on the host's clock, 21:00 the day before in New York.
                assertThat(meetings.nth(1)).containsText("Sun 4 Apr 2027, 21:00");
                assertThat(meetings.nth(1)).containsText("Mon 5 Apr 2027, 09:00");

                meetings.first()
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Plenary"))
                        .click();
                assertThat(page.locator("h1")).containsText("Plenary");
                meetingPath = new java.net.URI(page.url()).getPath();
                page.getByText("Write the minutes").click();
                page.getByLabel("Text of the minutes").fill("The work plan is agreed.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                        .click();
                assertThat(page.locator("#flash")).containsText("The draft minutes are saved.");
                Assertions.assertThat(dialogs)
                        .as("no script from member names ran")
                        .isEmpty();
            }

            approveAs(chromium, port, US_CHAIR, meetingPath, "Approve revision 1 for US");
            try (BrowserContext chair = chromium.context(port, "Asia/Shanghai", "en-US")) {
                Page page = chair.newPage();
                signIn(page, CN_CHAIR, PASSWORD);
                page.navigate(meetingPath);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve revision 1 for CN"))
                        .click();
                assertThat(page.locator("#flash")).containsText("The minutes are approved by every side.");
                assertThat(page.locator("#minutes h2")).containsText("approved");

                draftProposal(page);
                page.navigate(meetingPath);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文"))
                        .click();
                assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
                assertThat(page.locator("#minutes h2")).containsText("会议纪要");
                assertThat(page.locator("#minutes h2")).containsText("已批准");
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")))
                        .isVisible();
            }
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A document released through the release dialog: one recipient's organisation is on the demo's
     * Entity List sample, so the preview shows them withheld with the citation before anything is
     * released, and the release then gives it to the other recipient only.
     */
    @Test
    void aDocumentIsReleasedAndOneRecipientWithheldWithItsCitation() {
        try (Chromium chromium = Chromium.launch();
                DemoNode node = new DemoNode(temp);
                BrowserContext secretariat = chromium.context(node.port(), "America/New_York", "en-US")) {
            Page page = secretariat.newPage();
            signIn(page, "secretariat@demo.parley.example", DemoSeeder.PASSWORD);
            page.navigate("/groups/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Interoperability Testing WG");
            page.getByLabel("Charter").fill("Shared test profiles.");
            page.locator("#side-name-0").fill("US");
            page.locator("#side-cap-0").fill("3");
            page.locator("#side-name-1").fill("CN");
            page.locator("#side-cap-1").fill("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create group"))
                    .click();
            assertThat(page.locator("h1")).hasText("Interoperability Testing WG");
            addMember(page, "CN", "Chen Clean", "CN Standards Institute", "EXPERT", "CN", null, "The member is added");
            // The demo lists hold Harbin Institute of Technology on the Entity List.
            addMember(
                    page,
                    "CN",
                    "Huang Wei",
                    "Harbin Institute of Technology",
                    "EXPERT",
                    "CN",
                    null,
                    "The member is added");

            Locator upload = page.locator("#documents details");
            upload.locator("summary").click();
            upload.getByLabel("Title").fill("Test profile <v1>");
            upload.getByLabel("Owning side").selectOption(new SelectOption().setLabel("US"));
            upload.getByLabel("File", new Locator.GetByLabelOptions().setExact(true))
                    .setInputFiles(new FilePayload(
                            "profile.txt", "text/plain", "test profile".getBytes(StandardCharsets.UTF_8)));
            upload.getByLabel("ECCN (or EAR99)").fill("EAR99");
            upload.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload document"))
                    .click();
            assertThat(page.locator("#flash")).containsText("The document is uploaded and classified.");
            assertThat(page.locator("h1")).hasText("Test profile <v1>");
            assertThat(page.locator("#versions")).containsText("EAR99");

            Locator dialog = page.locator("#release");
            dialog.getByLabel("Chen Clean").check();
            dialog.getByLabel("Huang Wei").check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview"))
                    .click();
            Locator preview = page.locator("#release-preview");
            Locator withheld = preview.locator("tr.would-withhold");
            assertThat(withheld).hasCount(1);
            assertThat(withheld).containsText("Huang Wei");
            assertThat(withheld).containsText("15 CFR 744.11");
            assertThat(withheld).containsText("LICENSE_REQUIRED");
            assertThat(preview.locator("tr.would-release")).containsText("Chen Clean");
            withheld.locator("summary").click();
            assertThat(withheld.locator("details table")).isVisible();
            assertThat(page.locator("#ledger")).containsText("not been released yet");

            preview.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Release (1 receive it, 1 withheld)"))
                    .click();
            assertThat(page.locator("#flash")).containsText("The release gate has decided every recipient.");
            Locator result = page.locator("#release-result");
            assertThat(result.locator(".released li")).hasCount(1);
            assertThat(result.locator(".released li")).containsText("Chen Clean");
            assertThat(result.locator(".withheld li")).hasCount(1);
            assertThat(result.locator(".withheld li")).containsText("Huang Wei");
            assertThat(result.locator(".withheld .citation")).isVisible();
            assertThat(result.locator(".withheld .citation")).containsText("15 CFR 744.11");
            assertThat(page.locator("#ledger tbody tr")).hasCount(2);
        }
    }

    private static void approveAs(Chromium chromium, int port, String email, String meetingPath, String button) {
        try (BrowserContext chair = chromium.context(port, "America/New_York", "en-US")) {
            Page page = chair.newPage();
            signIn(page, email, PASSWORD);
            assertThat(page.locator("h1")).containsText("Welcome, Ursula Chair");
            page.navigate(meetingPath);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                    .click();
            assertThat(page.locator("#minutes .approvals li").first()).containsText("approved");
            assertThat(page.locator("#minutes .approvals li").nth(1)).containsText("awaiting approval");
        }
    }

    static void signIn(Page page, String email, String password) {
        page.navigate("/sign-in");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("#flash")).containsText("You are signed in.");
    }

    private static void createAccount(Page page, String name, String email) {
        page.navigate("/admin/users");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Name shown to others").fill(name);
        page.getByLabel("Initial password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#flash")).containsText("The account is created.");
    }

    private static Locator roster(Page page, String side) {
        return page.locator("#roster .columns > div")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(side))));
    }

    private static void addMember(
            Page page, String side, String name, String role, String nationality, String account) {
        addMember(page, side, name, role, nationality, account, "The member is added");
    }

    private static void addMember(
            Page page, String side, String name, String role, String nationality, String account, String notice) {
        addMember(page, side, name, side + " Standards Institute", role, nationality, account, notice);
    }

    /** Fills and sends a side's add-member form, then waits for the page's notice about it. */
    private static void addMember(
            Page page,
            String side,
            String name,
            String organisation,
            String role,
            String nationality,
            String account,
            String notice) {
        Locator form = roster(page, side).locator("details");
        form.locator("summary").click();
        form.getByLabel("Full name").fill(name);
        form.getByLabel("Organisation").fill(organisation);
        form.getByLabel("E-mail")
                .fill(name.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT) + "@example.org");
        form.getByLabel("Role").selectOption(role);
        form.getByLabel("Nationalities").fill(nationality);
        if (nationality.equals("CN")) {
            form.getByLabel("Time zone").fill("Asia/Shanghai");
        }
        if (account != null) {
            form.getByLabel("Sign-in account (optional)").fill(account);
        }
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Screen and add member"))
                .click();
        assertThat(page.locator("#flash")).containsText(notice);
        // The page is swapped in: wait until the new roster (with its form closed again) is there.
        assertThat(roster(page, side).locator("details")).not().hasAttribute("open", "");
    }

    /** From the meeting page to its group's page, where a co-chair drafts a proposal with a Chinese text only. */
    private static void draftProposal(Page page) {
        page.locator("main a[href$='#meetings']").first().click();
        page.getByText("New proposal", new Page.GetByTextOptions().setExact(true))
                .click();
        Locator form = page.locator("#proposals form");
        form.getByLabel("Title").fill("Shared test vocabulary");
        page.locator("#proposal-text-zh").fill("共同的测试术语。");
        page.locator("#proposal-authoritative").selectOption("zh");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Draft the proposal"))
                .click();
        assertThat(page.locator("#flash")).containsText("The proposal is drafted.");
        assertThat(page.locator("h1")).containsText("Shared test vocabulary");
        assertThat(page.locator("article[lang=zh]")).containsText("共同的测试术语。");
    }

    private static void scheduleSeries(Page page) {
        page.getByText("Schedule a meeting series").click();
        Locator form = page.locator("#meetings form");
        form.getByLabel("Title").fill("Plenary");
        form.getByLabel("First meeting").fill("2026-10-05");
        form.getByLabel("Start time (host's clock)").fill("09:00");
        form.getByLabel("Repeat").selectOption("MONTHLY");
        form.getByLabel("Every how many weeks, months or years").fill("6");
        form.getByLabel("Number of meetings").fill("3");
        page.locator("#venue-host-0").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("US"));
        page.locator("#venue-city-0").fill("Washington");
        page.locator("#venue-zone-0").fill("America/New_York");
        page.locator("#venue-host-1").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("CN"));
        page.locator("#venue-city-1").fill("Beijing");
        page.locator("#venue-zone-1").fill("Asia/Shanghai");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule series"))
                .click();
    }
}
