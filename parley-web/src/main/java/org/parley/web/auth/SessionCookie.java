package org.parley.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Sets and clears the session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites'
 * forms and scripts do not send it), and Secure when the node is served over HTTPS. Stateless.
 */
final class SessionCookie {

    static final String NAME = "parley_session";

    private SessionCookie() {}

    static void set(Context ctx, String value, long maxAgeSeconds, boolean secure) {
        ctx.cookie(cookie(value, (int) Math.min(maxAgeSeconds, Integer.MAX_VALUE), secure));
    }

    static void clear(Context ctx, boolean secure) {
        ctx.cookie(cookie("", 0, secure));
    }

    private static Cookie cookie(String value, int maxAgeSeconds, boolean secure) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
