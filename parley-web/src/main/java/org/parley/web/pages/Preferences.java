package org.parley.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.SameSite;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The viewer's language and time zone, kept in long-lived cookies of the browser: the language
 * chosen with the switch (else the browser's {@code Accept-Language}, else English) and the time zone
 * chosen in the preferences or reported by the browser at sign-in (else UTC). Stateless.
 */
public final class Preferences {

    static final String LANGUAGE_COOKIE = "parley_lang";
    static final String ZONE_COOKIE = "parley_tz";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final List<String> ZONES = Stream.concat(
                    Stream.of("UTC"),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(zone ->
                                    zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                            .sorted())
            .toList();

    private final boolean secureCookies;

    public Preferences(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    public Language language(Context ctx) {
        return chosenLanguage(ctx)
                .or(() -> Language.fromAcceptLanguage(ctx.header(Header.ACCEPT_LANGUAGE)))
                .orElse(Language.EN);
    }

    /** The language the viewer picked with the switch, if they did. */
    public Optional<Language> chosenLanguage(Context ctx) {
        return Language.fromTag(ctx.cookie(LANGUAGE_COOKIE));
    }

    public ZoneId zone(Context ctx) {
        return chosenZone(ctx).orElse(UTC);
    }

    public Optional<ZoneId> chosenZone(Context ctx) {
        return parseZone(ctx.cookie(ZONE_COOKIE));
    }

    public void setLanguage(Context ctx, Language language) {
        ctx.cookie(cookie(LANGUAGE_COOKIE, language.tag()));
    }

    public void setZone(Context ctx, ZoneId zone) {
        ctx.cookie(cookie(ZONE_COOKIE, zone.getId()));
    }

    /** The zones offered in forms: UTC, then every region/city zone by name. */
    public static List<String> selectableZones() {
        return ZONES;
    }

    /** An IANA zone ID such as {@code Asia/Shanghai}, if {@code text} is one. */
    public static Optional<ZoneId> parseZone(String text) {
        if (text == null || text.isBlank() || !ZoneId.getAvailableZoneIds().contains(text.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
