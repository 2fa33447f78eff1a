package org.parley.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.parley.web.RouteModule;
import org.parley.web.auth.Authentication;
import org.parley.web.auth.Principal;
import org.parley.web.auth.SignInGate;
import org.parley.web.system.ApiException;

/**
 * Runs before every page handler: works out the {@link Viewer}, sends visitors who are not signed in
 * to the sign-in page, and refuses a form post (403) without the right CSRF token. Signed-in pages use
 * the session's token; public pages (sign-in) use a random token in a cookie of their own, so that
 * even the sign-in form cannot be posted from another site. Thread-safe.
 */
final class PageGuard implements RouteModule {

    static final String PRE_SESSION_COOKIE = "parley_presession";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInGate gate;
    private final Preferences preferences;

    PageGuard(SignInGate gate, Preferences preferences) {
        this.gate = gate;
        this.preferences = preferences;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::guard);
    }

    private void guard(Context ctx) {
        if (ctx.routeRoles().contains(PageAccess.SIGNED_IN)) {
            signedIn(ctx);
        } else if (ctx.routeRoles().contains(PageAccess.PUBLIC)) {
            anyone(ctx);
        }
    }

    private void signedIn(Context ctx) {
        Optional<Principal> principal = gate.current(ctx);
        if (principal.isEmpty()) {
            String next = ctx.method() == HandlerType.GET ? Pages.currentPath(ctx) : "/";
            ctx.redirect("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        String token = gate.csrfToken(principal.get().session());
        if (changesState(ctx) && !matches(token, submittedToken(ctx))) {
            throw new ApiException(403, "the form is missing its security token or it is out of date; reload the page");
        }
        ctx.attribute(
                Pages.VIEWER,
                new Viewer(principal.get().user(), preferences.language(ctx), preferences.zone(ctx), token));
    }

    private void anyone(Context ctx) {
        String token = ctx.cookie(PRE_SESSION_COOKIE);
        if (changesState(ctx)) {
            if (token == null || !matches(token, submittedToken(ctx))) {
                throw new ApiException(
                        403, "the form is missing its security token or it is out of date; reload the page");
            }
        } else if (token == null) {
            token = newToken();
            Cookie cookie = new Cookie(PRE_SESSION_COOKIE, token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(gate.secureCookies());
            cookie.setSameSite(SameSite.LAX);
            ctx.cookie(cookie);
        }
        ctx.attribute(Pages.VIEWER, new Viewer(null, preferences.language(ctx), preferences.zone(ctx), token));
    }

    private static boolean changesState(Context ctx) {
        return ctx.method() == HandlerType.POST;
    }

    private static String submittedToken(Context ctx) {
        String header = ctx.header(Authentication.CSRF_HEADER);
        return header != null ? header : ctx.formParam(Authentication.CSRF_FIELD);
    }

    private static boolean matches(String expected, String submitted) {
        return submitted != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        submitted.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
