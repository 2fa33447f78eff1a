package org.parley.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.core.accounts.AccountService;
import org.parley.core.accounts.User;
import org.parley.core.system.NotFoundException;
import org.parley.web.system.ApiException;

/**
 * Browser sessions for the API and the pages alike: throttled sign-in that sets the session cookie,
 * sign-out, the session a request carries, and its CSRF token. One gate per node, so that the API and
 * the sign-in page share the failure counts. Thread-safe.
 */
public final class SignInGate {

    private final AccountService accounts;
    private final SessionCodec sessions;
    private final LoginThrottle perAccount;
    private final LoginThrottle perAddress;
    private final boolean secureCookies;
    private final PasswordChecks passwordChecks = PasswordChecks.forThisMachine();

    private static final long ACCOUNT_CACHE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int MAX_RECENT_ACCOUNTS = 10_000;
    private final Map<Long, RecentAccount> recentAccounts = new ConcurrentHashMap<>();

    public SignInGate(
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

    public boolean secureCookies() {
        return secureCookies;
    }

    /**
     * Checks the password and starts a new session in the response's cookie.
     *
     * @throws ApiException 429 (with {@code Retry-After}) while throttled, 401 for a wrong e-mail or password
     */
    public Principal signIn(Context ctx, String email, String password) {
        String accountKey = email.strip().toLowerCase(Locale.ROOT) + "|" + ctx.ip();
        refuseIfThrottled(ctx, accountKey, ctx.ip());
        User user;
        try {
            user = passwordChecks
                    .run(() -> accounts.authenticate(email, password))
                    .orElse(null);
        } catch (ApiException busy) {
            ctx.header(Header.RETRY_AFTER, Integer.toString(PasswordChecks.RETRY_AFTER_SECONDS));
            throw busy;
        }
        if (user == null) {
            perAccount.failed(accountKey);
            perAddress.failed(ctx.ip());
            throw new ApiException(401, "wrong e-mail or password");
        }
        perAccount.succeeded(accountKey);
        // Always a new session: a cookie planted before sign-in (session fixation) is simply replaced.
        Session session = sessions.issue(user.id());
        SessionCookie.set(ctx, sessions.encode(session), sessions.lifetime().toSeconds(), secureCookies);
        return new Principal(user, session);
    }

    public void signOut(Context ctx) {
        SessionCookie.clear(ctx, secureCookies);
    }

    /** The enabled user whose valid session cookie the request carries, if any. */
    public Optional<Principal> current(Context ctx) {
        return sessions.decode(ctx.cookie(SessionCookie.NAME))
                .flatMap(session -> enabledUser(session.userId()).map(user -> new Principal(user, session)));
    }

    public String csrfToken(Session session) {
        return sessions.csrfToken(session);
    }

    public boolean csrfMatches(Session session, String token) {
        return sessions.csrfMatches(session, token);
    }

    /**
     * The account behind a session, looked up at most once per {@link #ACCOUNT_CACHE_NANOS} per node: every
     * request needs it, and the database round trip cost more than a screening (profiled under load). So a
     * disabled account or a changed role takes effect within five seconds.
     */
    Optional<User> enabledUser(long userId) {
        long now = System.nanoTime();
        RecentAccount recent = recentAccounts.get(userId);
        if (recent != null && now - recent.until() < 0) {
            return recent.user();
        }
        Optional<User> user;
        try {
            user = Optional.of(accounts.user(userId)).filter(found -> !found.disabled());
        } catch (NotFoundException e) {
            user = Optional.empty();
        }
        if (recentAccounts.size() >= MAX_RECENT_ACCOUNTS) {
            recentAccounts.clear();
        }
        recentAccounts.put(userId, new RecentAccount(user, now + ACCOUNT_CACHE_NANOS));
        return user;
    }

    /** An account as looked up, valid until {@code until} (System.nanoTime). */
    private record RecentAccount(Optional<User> user, long until) {}

    private void refuseIfThrottled(Context ctx, String accountKey, String address) {
        Duration wait = max(perAccount.retryAfter(accountKey), perAddress.retryAfter(address));
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
            throw new ApiException(429, "too many failed sign-ins; try again in " + seconds + " seconds");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
