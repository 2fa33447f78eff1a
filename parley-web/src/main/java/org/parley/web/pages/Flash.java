package org.parley.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A one-time notice carried across a redirect (Post/Redirect/Get) in a short-lived cookie: what
 * happened ({@code messageKey}, from the message bundle) and, for a refusal, the reason the platform
 * gave. Read once by the next page. Immutable.
 *
 * @param detail the platform's own words (e.g. which cap was reached), or empty
 */
public record Flash(Kind kind, String messageKey, String detail) {

    static final String COOKIE = "parley_flash";
    private static final int MAX_AGE_SECONDS = 60;
    private static final int MAX_DETAIL = 600;

    /** Whether the notice reports success or a refusal. */
    public enum Kind {
        SUCCESS,
        ERROR
    }

    public static Flash success(String messageKey) {
        return new Flash(Kind.SUCCESS, messageKey, "");
    }

    public static Flash error(String messageKey, String detail) {
        return new Flash(Kind.ERROR, messageKey, detail == null ? "" : detail);
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    void store(Context ctx, boolean secure) {
        String detailText = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
        String value = String.join("|", kind.name(), messageKey, detailText);
        ctx.cookie(cookie(URLEncoder.encode(value, StandardCharsets.UTF_8), MAX_AGE_SECONDS, secure));
    }

    /** The notice left by the previous request, if any; it is cleared so it shows only once. */
    static Optional<Flash> take(Context ctx, boolean secure) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        ctx.cookie(cookie("", 0, secure));
        String[] parts = URLDecoder.decode(value, StandardCharsets.UTF_8).split("\\|", 3);
        if (parts.length != 3 || !parts[1].matches("[A-Za-z0-9.-]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Flash(Kind.valueOf(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Cookie cookie(String value, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
