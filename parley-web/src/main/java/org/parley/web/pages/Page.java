package org.parley.web.pages;

import gg.jte.Content;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page template gets besides its own view: the viewer, their texts, time formatting in
 * their zone, the page's title and path, and a notice left by the previous request. Immutable.
 */
public final class Page {

    private final Viewer viewer;
    private final Texts texts;
    private final String title;
    private final String path;
    private final Flash flash;
    private final Instant now;

    Page(Viewer viewer, String title, String path, Flash flash, Instant now) {
        this.viewer = viewer;
        this.texts = Texts.of(viewer.language());
        this.title = title;
        this.path = path;
        this.flash = flash;
        this.now = now;
    }

    /** A text of the bundle, escaped for HTML by the template. */
    public Content t(String key) {
        return texts.localize(key);
    }

    /** A text of the bundle with its {@code {0}}… placeholders filled in; the arguments are escaped. */
    public Content t(String key, Object... arguments) {
        return texts.localize(key, arguments);
    }

    /** A text as a plain string, for attributes (which the template escapes). */
    public String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    public String title() {
        return title;
    }

    /** The current path with its query string, e.g. to come back here after switching language. */
    public String path() {
        return path;
    }

    public Optional<Flash> flash() {
        return Optional.ofNullable(flash);
    }

    public Viewer viewer() {
        return viewer;
    }

    public boolean signedIn() {
        return viewer.signedIn();
    }

    public boolean admin() {
        return viewer.signedIn() && viewer.user().admin();
    }

    public String userName() {
        return viewer.signedIn() ? viewer.user().displayName() : "";
    }

    public String csrf() {
        return viewer.csrfToken();
    }

    public Language language() {
        return viewer.language();
    }

    public String lang() {
        return viewer.language().htmlLang();
    }

    public ZoneId zone() {
        return viewer.zone();
    }

    /** The languages the viewer can switch to. */
    public List<Language> otherLanguages() {
        return Language.all().stream()
                .filter(other -> other != viewer.language())
                .toList();
    }

    /** The link that switches to {@code language} and comes back to this page. */
    public String languageHref(Language language) {
        return "/language/" + language.tag() + "?back=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** An instant on the viewer's clock, e.g. {@code Tue 14 Oct 2026, 09:00}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter("format.dateTime").format(instant.atZone(zone()));
    }

    /** A wall-clock time in another zone (e.g. the host's), written like {@link #dateTime}. */
    public String dateTimeIn(LocalDateTime local, String zoneId) {
        return formatter("format.dateTime").format(local.atZone(ZoneId.of(zoneId)));
    }

    public String date(LocalDate date) {
        return date == null ? "" : formatter("format.date").format(date);
    }

    /** A score or share with two decimals, e.g. {@code 0.97}. */
    public String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Whether {@code instant} has passed (deadlines shown as overdue). */
    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(now);
    }

    private DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(texts.lookup(key), viewer.language().locale());
    }
}
