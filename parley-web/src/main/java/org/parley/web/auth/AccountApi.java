package org.parley.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import org.parley.core.accounts.AccountService;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/** Accounts: administrators create users; users change their password and manage API tokens. Thread-safe. */
public final class AccountApi implements RouteModule {

    private static final int MAX_TOKEN_DAYS = 366;

    private final AccountService accounts;

    public AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Body of {@code POST /api/v1/users}. */
    public record NewUser(String email, String displayName, String password, boolean admin) {}

    /** Body of {@code PUT /api/v1/me/password}. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    /** Body of {@code POST /api/v1/tokens}; without {@code validDays} the token lives until revoked. */
    public record TokenRequest(String label, Integer validDays) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/users", this::createUser);
        routes.put("/api/v1/me/password", this::changePassword);
        routes.post("/api/v1/tokens", this::issueToken);
        routes.delete("/api/v1/tokens/{tokenId}", this::revokeToken);
    }

    private void createUser(Context ctx) {
        NewUser request = Requests.body(ctx, NewUser.class);
        ctx.status(201)
                .json(accounts.createUser(
                        Authentication.actor(ctx),
                        request.email(),
                        request.displayName(),
                        request.password(),
                        request.admin()));
    }

    private void changePassword(Context ctx) {
        PasswordChange request = Requests.body(ctx, PasswordChange.class);
        accounts.changePassword(Authentication.actor(ctx), request.currentPassword(), request.newPassword());
        ctx.status(204);
    }

    private void issueToken(Context ctx) {
        TokenRequest request = Requests.body(ctx, TokenRequest.class);
        Integer days = request.validDays();
        new FieldChecks()
                .check(
                        days == null || (days >= 1 && days <= MAX_TOKEN_DAYS),
                        "validDays",
                        "must be between 1 and " + MAX_TOKEN_DAYS)
                .orThrow();
        ctx.status(201)
                .json(accounts.issueToken(
                        Authentication.actor(ctx), request.label(), days == null ? null : Duration.ofDays(days)));
    }

    private void revokeToken(Context ctx) {
        accounts.revokeToken(Authentication.actor(ctx), Requests.id(ctx, "tokenId"));
        ctx.status(204);
    }
}
