package org.parley.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.parley.core.accounts.AccountService;
import org.parley.core.accounts.User;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.ApiException;
import org.parley.web.system.Requests;

/**
 * Sign-in ({@code POST /api/v1/session}), the current session ({@code GET}) and sign-out ({@code
 * DELETE}). Failed sign-ins are throttled per e-mail and address and per address. Thread-safe.
 */
public final class SessionApi implements RouteModule {

    private final AccountService accounts;
    private final SessionCodec sessions;
    private final LoginThrottle perAccount;
    private final LoginThrottle perAddress;
    private final boolean secureCookies;

    public SessionApi(
            AccountService accounts,
            SessionCodec sessions,
            LoginThrottle perAccount,
            LoginThrottle perAddress,
            boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.secureCookies = secureCookies;
    }

    /** The sign-in request body. */
    public record SignIn(String email, String password) {}

    /**
     * The signed-in user, with the session's CSRF token and expiry (both null when authenticated by
     * API token).
     */
    public record SessionView(User user, String csrfToken, Instant expiresAt) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/session", this::signIn, RouteAccess.PUBLIC);
        routes.get("/api/v1/session", this::current);
        routes.delete("/api/v1/session", this::signOut);
    }

    private void signIn(Context ctx) {
        SignIn request = Requests.body(ctx, SignIn.class);
        new FieldChecks()
                .text("email", request.email(), 320)
                .text("password", request.password(), 1000)
                .orThrow();
        String accountKey = request.email().strip().toLowerCase(Locale.ROOT) + "|" + ctx.ip();
        refuseIfThrottled(ctx, accountKey, ctx.ip());
        User user = accounts.authenticate(request.email(), request.password()).orElse(null);
        if (user == null) {
            perAccount.failed(accountKey);
            perAddress.failed(ctx.ip());
            throw new ApiException(401, "wrong e-mail or password");
        }
        perAccount.succeeded(accountKey);
        // Always a new session: a cookie planted before sign-in (session fixation) is simply replaced.
        Session session = sessions.issue(user.id());
        SessionCookie.set(ctx, sessions.encode(session), sessions.lifetime().toSeconds(), secureCookies);
        ctx.json(new SessionView(user, sessions.csrfToken(session), session.expiresAt()));
    }

    private void refuseIfThrottled(Context ctx, String accountKey, String address) {
        Duration wait = max(perAccount.retryAfter(accountKey), perAddress.retryAfter(address));
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
            throw new ApiException(429, "too many failed sign-ins; try again in " + seconds + " seconds");
        }
    }

    private void current(Context ctx) {
        Principal principal = Authentication.principal(ctx);
        Session session = principal.session();
        ctx.json(new SessionView(
                principal.user(),
                session == null ? null : sessions.csrfToken(session),
                session == null ? null : session.expiresAt()));
    }

    private void signOut(Context ctx) {
        SessionCookie.clear(ctx, secureCookies);
        ctx.status(204);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
