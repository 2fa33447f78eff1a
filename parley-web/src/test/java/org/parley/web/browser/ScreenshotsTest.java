package org.parley.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.parley.web.browser.WorkingGroupScenarioTest.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.demo.DemoSeeder;

/**
 * Screenshots of the main pages over the demo data, written to {@code docs/screenshots} for the
 * README; each page is also checked for what it must show.
 */
class ScreenshotsTest {

    /** Where the README expects the pictures, from the parley-web module folder. */
    static final Path FOLDER = Path.of("..", "docs", "screenshots");

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
        everyControlHasALabel(page, name);
        Path file = FOLDER.resolve(name + ".png");
        double height =
                Math.min(MAX_HEIGHT, ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue());
        page.screenshot(
                new Page.ScreenshotOptions().setPath(file).setFullPage(true).setClip(0, 0, WIDTH, height));
        try {
            Assertions.assertThat(Files.size(file)).as(file + " size").isLessThan(MAX_BYTES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
