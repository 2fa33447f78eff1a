package org.parley.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import org.parley.core.accounts.User;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Sign-in ({@code POST /api/v1/session}), the current session ({@code GET}) and sign-out ({@code
 * DELETE}). Failed sign-ins are throttled per e-mail and address and per address. Thread-safe.
 */
public final class SessionApi implements RouteModule {

    private final SignInGate gate;

    public SessionApi(SignInGate gate) {
        this.gate = gate;
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
        Principal principal = gate.signIn(ctx, request.email(), request.password());
        Session session = principal.session();
        ctx.json(new SessionView(principal.user(), gate.csrfToken(session), session.expiresAt()));
    }

    private void current(Context ctx) {
        Principal principal = Authentication.principal(ctx);
        Session session = principal.session();
        ctx.json(new SessionView(
                principal.user(),
                session == null ? null : gate.csrfToken(session),
                session == null ? null : session.expiresAt()));
    }

    private void signOut(Context ctx) {
        gate.signOut(ctx);
        ctx.status(204);
    }
}
