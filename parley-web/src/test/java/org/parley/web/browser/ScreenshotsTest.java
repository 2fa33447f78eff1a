package org.parley.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.parley.web.browser.WorkingGroupScenarioTest.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.demo.DemoSeeder;

/**
 * Screenshots of the main pages over the demo data; each page is also checked for what it must show.
 * They go to {@code target/screenshots}, so that a build leaves the work tree clean; with
 * {@code -Dparley.screenshots=docs} they replace the README's pictures in {@code docs/screenshots}.
 */
class ScreenshotsTest {

    /** Where the pictures go, from the parley-web module folder. */
    static final Path FOLDER = folder(System.getProperty("parley.screenshots", ""));

    static final long MAX_BYTES = 300 * 1024;

    /** The window width of the pictures. */
    static final int WIDTH = 1280;

    /** Long pages are cut here, which keeps every picture under {@link #MAX_BYTES}. */
    static final int MAX_HEIGHT = 1500;

    @TempDir
    Path temp;

    @Test
    void mainPagesOverTheDemoData() throws IOException {
        Files.createDirectories(FOLDER);
        try (Chromium chromium = Chromium.launch();
                DemoNode node = new DemoNode(temp)) {
            try (BrowserContext us = chromium.context(node.port(), "America/New_York", "en-US", WIDTH)) {
                Page page = us.newPage();
                signIn(page, "us.cochair@demo.parley.example", DemoSeeder.PASSWORD);
                assertThat(page.locator("h1")).containsText("Welcome");
                shoot(page, "dashboard");

                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Export Control & Supply-Chain Security WG"))
                        .first()
                        .click();
                assertThat(page.locator("#roster")).containsText("seats");
                shoot(page, "group");

                page.locator("#meetings tbody tr")
                        .nth(1)
                        .getByRole(AriaRole.LINK)
                        .click();
                assertThat(page.locator("#minutes")).containsText("awaiting approval");
                shoot(page, "meeting");

                page.navigate("/");
                page.locator("#acks-heading + ul a").first().click();
                assertThat(page.locator(".message").last()).containsText("Acknowledge for US delegation");
                shoot(page, "channel");

                page.navigate("/");
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Export Control & Supply-Chain Security WG"))
                        .first()
                        .click();
                page.locator("#proposals a").first().click();
                assertThat(page.locator(".side-by-side article")).hasCount(2);
                shoot(page, "proposal");

                releasePreview(page);
                shoot(page, "document", "#versions");
            }
            try (BrowserContext officer = chromium.context(node.port(), "America/New_York", "en-US", WIDTH)) {
                Page page = officer.newPage();
                signIn(page, "us.compliance@demo.parley.example", DemoSeeder.PASSWORD);
                page.navigate("/compliance");
                page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                        .fill("Huawei Technologies");
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Screen").setExact(true))
                        .click();
                Locator hits = page.locator("#screening-results .hits li");
                assertThat(hits.first()).containsText("EL");
                hits.first().locator("summary").click();
                assertThat(page.locator("#reviews")).containsText("Confirm match");
                assertThat(page.locator("#audit")).containsText("chain intact");
                assertThat(page.locator("svg.chart rect").first()).isVisible();
                shoot(page, "compliance");

                Locator decide = page.locator("#decide");
                decide.getByLabel("ECCN (or EAR99)").fill("5E002");
                decide.getByLabel("For the item (ECCN, optional)").fill("5A002.a");
                decide.getByLabel("Recipient's name").fill("Huawei Technologies Co., Ltd.");
                decide.getByLabel("Country (ISO code)").fill("CN");
                decide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide"))
                        .click();
                assertThat(page.locator("#decision-result")).containsText("15 CFR 744.11");
                everyControlHasALabel(page, "decide");
                decide.screenshot(new Locator.ScreenshotOptions().setPath(FOLDER.resolve("decide.png")));
            }
            try (BrowserContext cn = chromium.context(node.port(), "Asia/Shanghai", "zh-CN", WIDTH)) {
                Page page = cn.newPage();
                page.navigate("/sign-in");
                page.getByLabel("电子邮箱").fill("cn.cochair@demo.parley.example");
                page.getByLabel("密码").fill(DemoSeeder.PASSWORD);
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("登录").setExact(true))
                        .click();
                assertThat(page.locator("h1")).containsText("欢迎");
                shoot(page, "dashboard-zh");
            }
        }
    }

    /**
     * Uploads a document to the demo group as the US co-chair and previews its release to a few
     * members, one of whom (Huang Tao, of an Entity-List company) the gate withholds.
     */
    private static void releasePreview(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export Control & Supply-Chain Security WG"))
                .first()
                .click();
        Locator upload = page.locator("#documents details");
        upload.locator("summary").click();
        upload.getByLabel("Title").fill("Glossary of control terms, draft 3");
        upload.getByLabel("File", new Locator.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(
                        "glossary-draft-3.txt",
                        "text/plain",
                        "Glossary of control terms".getBytes(StandardCharsets.UTF_8)));
        upload.getByLabel("ECCN (or EAR99)").fill("EAR99");
        upload.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload document"))
                .click();
        assertThat(page.locator("#flash")).containsText("The document is uploaded and classified.");
        Locator dialog = page.locator("#release");
        for (String name : List.of("David Okafor", "王建国", "李伟", "Huang Tao")) {
            dialog.getByLabel(name).check();
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview"))
                .click();
        Locator withheld = page.locator("#release-preview tr.would-withhold");
        assertThat(withheld).hasCount(1);
        assertThat(withheld).containsText("Huang Tao");
        assertThat(withheld).containsText("15 CFR 744.11");
        withheld.locator("summary").click();
        assertThat(withheld.locator("details table")).isVisible();
        // Closed again for the picture, which has room for the dialog and the preview's rows.
        withheld.locator("summary").click();
    }

    /** {@code docs}: the README's folder; anything else: the build's own folder. */
    static Path folder(String target) {
        return target.equals("docs") ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots");
    }

    /** Accessibility: each visible form control (in closed sections too) is named by a label. */
    private static void everyControlHasALabel(Page page, String name) {
        Object unlabelled = page.evaluate("""
                () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                        .filter(control => control.labels.length === 0)
                        .map(control => control.outerHTML)""");
        Assertions.assertThat((java.util.List<?>) unlabelled)
                .as("controls without a label on " + name)
                .isEmpty();
        Assertions.assertThat(page.title())
                .as("title of " + name)
                .contains("· Parley")
                .hasSizeGreaterThan(10);
    }

    private static void shoot(Page page, String name) {
        shoot(page, name, null);
    }

    /** A picture of the page from the top, or from the element {@code from} (null: the top) down. */
    private static void shoot(Page page, String name, String from) {
        everyControlHasALabel(page, name);
        Path file = FOLDER.resolve(name + ".png");
        double top = from == null
                ? 0
                : ((Number) page.evaluate(
                                "selector => document.querySelector(selector).getBoundingClientRect().top + window.scrollY",
                                from))
                        .doubleValue();
        double height = Math.min(
                MAX_HEIGHT, ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue() - top);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(file).setFullPage(true).setClip(0, top, WIDTH, height));
        try {
            Assertions.assertThat(Files.size(file)).as(file + " size").isLessThan(MAX_BYTES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
