package org.parley.core.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * User accounts: creation, password and API-token sign-in, token revocation. Every change is audited
 * (never with secrets). Thread-safe.
 */
public final class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final PasswordHasher passwords;

    public AccountService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this(jdbi, clock, audit, PasswordHasher.OWASP);
    }

    public AccountService(Jdbi jdbi, Clock clock, AuditLog audit, PasswordHasher passwords) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** Creates the first account, an administrator; refused once any account exists. */
    public User bootstrapAdmin(String email, String displayName, String password) {
        return jdbi.inTransaction(handle -> {
            if (handle.attach(UserDao.class).count() > 0) {
                throw new ConflictException("accounts already exist; ask an administrator");
            }
            return insert(handle, Actor.system("bootstrap"), email, displayName, password, true);
        });
    }

    /** Creates an account; only administrators may. */
    public User createUser(Actor actor, String email, String displayName, String password, boolean admin) {
        return jdbi.inTransaction(handle -> {
            requireAdmin(handle, actor);
            return insert(handle, actor, email, displayName, password, admin);
        });
    }

    private User insert(Handle handle, Actor actor, String email, String displayName, String password, boolean admin) {
        new FieldChecks()
                .text("email", email, 320)
                .check(email == null || email.matches("[^@\\s]+@[^@\\s]+"), "email", "is not an e-mail address")
                .text("displayName", displayName, 200)
                .check(
                        password != null && password.length() >= MIN_PASSWORD_LENGTH,
                        "password",
                        "needs at least " + MIN_PASSWORD_LENGTH + " characters")
                .orThrow();
        UserDao users = handle.attach(UserDao.class);
        String normalized = normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw new ConflictException("an account for " + normalized + " already exists");
        }
        long id = users.insert(normalized, displayName.strip(), passwords.hash(password), admin, Instants.now(clock));
        audit.append(
                handle,
                actor,
                "user.created",
                Subject.of("user", id),
                AuditLog.details("email", normalized, "admin", admin));
        return users.find(id).orElseThrow();
    }

    /** The enabled account with this e-mail and password, if both match. */
    public Optional<User> authenticate(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> {
            UserDao users = handle.attach(UserDao.class);
            Optional<User> user = users.findByEmail(normalize(email)).filter(found -> !found.disabled());
            boolean matches = user.isPresent()
                    ? passwords.matches(password, users.passwordHash(user.get().id()))
                    : passwords.decoyCheck(password);
            return matches ? user : Optional.empty();
        });
    }

    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        long userId = userIdOf(actor);
        jdbi.useTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            if (currentPassword == null || !passwords.matches(currentPassword, users.passwordHash(userId))) {
                throw ValidationException.of("currentPassword", "does not match");
            }
            new FieldChecks()
                    .check(
                            newPassword != null && newPassword.length() >= MIN_PASSWORD_LENGTH,
                            "newPassword",
                            "needs at least " + MIN_PASSWORD_LENGTH + " characters")
                    .orThrow();
            users.updatePasswordHash(userId, passwords.hash(newPassword));
            audit.append(handle, actor, "user.password-changed", Subject.of("user", userId), AuditLog.details());
        });
    }

    /** Issues an API token for the acting user, valid for {@code validity} (null: until revoked). */
    public IssuedToken issueToken(Actor actor, String label, Duration validity) {
        long userId = userIdOf(actor);
        new FieldChecks().text("label", label, 200).orThrow();
        String token = TokenCodec.newToken();
        Instant now = Instants.now(clock);
        Instant expiresAt = validity == null ? null : now.plus(validity);
        return jdbi.inTransaction(handle -> {
            long id = handle.attach(UserDao.class).insertToken(userId, TokenCodec.digest(token), label, now, expiresAt);
            audit.append(
                    handle,
                    actor,
                    "token.issued",
                    Subject.of("api-token", id),
                    AuditLog.details("label", label, "expiresAt", expiresAt));
            return new IssuedToken(id, token, label, expiresAt);
        });
    }

    /** The enabled account a live (unexpired, unrevoked) token belongs to. */
    public Optional<User> authenticateToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.attach(UserDao.class)
                .findByLiveToken(TokenCodec.digest(token), Instants.now(clock))
                .filter(user -> !user.disabled()));
    }

    /** Revokes one of the acting user's own tokens. */
    public void revokeToken(Actor actor, long tokenId) {
        long userId = userIdOf(actor);
        jdbi.useTransaction(handle -> {
            if (handle.attach(UserDao.class).revokeToken(tokenId, userId, Instants.now(clock)) == 0) {
                throw new NotFoundException("live API token", tokenId);
            }
            audit.append(handle, actor, "token.revoked", Subject.of("api-token", tokenId), AuditLog.details());
        });
    }

    /** The account registered under {@code email} (case-insensitive), e.g. to link a new member to it. */
    public Optional<User> userByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.attach(UserDao.class).findByEmail(normalize(email)));
    }

    public User user(long userId) {
        return jdbi.withHandle(handle -> handle.attach(UserDao.class).find(userId))
                .orElseThrow(() -> new NotFoundException("user", userId));
    }

    /** Whether the actor may administer the platform: administrators and platform jobs. */
    public static boolean isAdmin(Handle handle, Actor actor) {
        return switch (actor) {
            case Actor.SystemActor system -> true;
            // Asked on every access check: two flags, read without attaching a SQL object (Jdbi's attach
            // costs more than the query).
            case Actor.UserActor user ->
                handle.createQuery("SELECT COUNT(*) FROM users WHERE id = :id AND admin AND NOT disabled")
                                .bind("id", user.userId())
                                .mapTo(Integer.class)
                                .one()
                        > 0;
        };
    }

    public static void requireAdmin(Handle handle, Actor actor) {
        if (!isAdmin(handle, actor)) {
            throw new ForbiddenException("only administrators may do this");
        }
    }

    private static long userIdOf(Actor actor) {
        if (actor instanceof Actor.UserActor user) {
            return user.userId();
        }
        throw new ForbiddenException("only a signed-in user may do this");
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
