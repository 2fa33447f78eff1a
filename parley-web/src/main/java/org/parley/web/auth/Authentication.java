package org.parley.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.util.Locale;
import java.util.Set;
import org.parley.core.accounts.AccountService;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.system.ApiException;

/**
 * Authenticates every {@code /api/v1} request before its handler runs, unless the route is {@link
 * RouteAccess#PUBLIC}: by {@code Authorization: Bearer} API token, or by session cookie. A
 * cookie-authenticated request that changes state must also carry the session's CSRF token, as
 * header {@value #CSRF_HEADER} or form field {@value #CSRF_FIELD}; token requests need none, since a
 * browser never adds a bearer token by itself. Thread-safe.
 */
public final class Authentication implements RouteModule {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";

    private static final String PRINCIPAL = "parley.principal";
    private static final String BEARER = "bearer ";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AccountService accounts;
    private final SignInGate gate;

    public Authentication(AccountService accounts, SignInGate gate) {
        this.accounts = accounts;
        this.gate = gate;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched("/api/v1/*", this::authenticate);
    }

    /** Who sent the request; only for routes that are not public. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal on " + ctx.path() + ": is the route public?");
        }
        return principal;
    }

    public static Actor actor(Context ctx) {
        return principal(ctx).actor();
    }

    private void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(RouteAccess.PUBLIC)) {
            return;
        }
        Principal principal = ctx.header(Header.AUTHORIZATION) != null ? byToken(ctx) : bySession(ctx);
        if (principal.viaSession() && !SAFE_METHODS.contains(ctx.method())) {
            requireCsrfToken(ctx, principal.session());
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private Principal byToken(Context ctx) {
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw unauthenticated("only Bearer API tokens are accepted in the Authorization header");
        }
        return accounts.authenticateToken(
                        authorization.substring(BEARER.length()).strip())
                .map(user -> new Principal(user, null))
                .orElseThrow(() -> unauthenticated("the API token is unknown, expired or revoked"));
    }

    private Principal bySession(Context ctx) {
        if (ctx.cookie(SessionCookie.NAME) == null) {
            throw unauthenticated("sign in first");
        }
        return gate.current(ctx)
                .orElseThrow(
                        () -> unauthenticated("the session has expired or its account is disabled; sign in again"));
    }

    private void requireCsrfToken(Context ctx, Session session) {
        String token = ctx.header(CSRF_HEADER);
        if (token == null && isForm(ctx)) {
            token = ctx.formParam(CSRF_FIELD);
        }
        if (!gate.csrfMatches(session, token)) {
            throw new ApiException(403, "missing or wrong CSRF token: send the session's token as " + CSRF_HEADER);
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static ApiException unauthenticated(String message) {
        return new ApiException(401, message);
    }
}
