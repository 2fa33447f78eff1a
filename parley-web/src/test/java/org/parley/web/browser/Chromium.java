package org.parley.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium driven by Playwright, headless; no browser is downloaded. Tests using it are
 * skipped (not failed) on machines without {@code /usr/bin/chromium}. Not thread-safe; close it.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches Chromium, or skips the calling test when it is not installed. */
    static Chromium launch() {
        assumeTrue(
                Files.isExecutable(EXECUTABLE),
                "browser tests need Chromium at " + EXECUTABLE + " (apt-get install -y chromium); skipped");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** A fresh browser profile (own cookies) in the given time zone and language, against {@code port}. */
    BrowserContext context(int port, String timeZone, String locale) {
        return context(port, timeZone, locale, 1280);
    }

    /** Like {@link #context(int, String, String)} with a window {@code width} pixels wide. */
    BrowserContext context(int port, String timeZone, String locale, int width) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port)
                .setTimezoneId(timeZone)
                .setLocale(locale)
                .setViewportSize(width, 900));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
