package org.parley.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.parley.core.audit.AuditEvent;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.TestClock;

class AccountServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private final TestClock clock = TestClock.at("2026-09-01T08:00:00Z");

    private AccountService accounts(Database database) {
        return new AccountService(database.jdbi(), clock, new AuditLog(clock));
    }

    @DatabaseTest
    void firstAccountIsAnAdministratorAndOnlyOnce(Database database) {
        AccountService accounts = accounts(database);

        User admin = accounts.bootstrapAdmin("Admin@Example.org", "Ada Admin", PASSWORD);

        assertThat(admin.admin()).isTrue();
        assertThat(admin.email()).isEqualTo("admin@example.org");
        assertThatThrownBy(() -> accounts.bootstrapAdmin("other@example.org", "Other", PASSWORD))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void signsInWithPasswordButNotWithAWrongOne(Database database) {
        AccountService accounts = accounts(database);
        User admin = accounts.bootstrapAdmin("admin@example.org", "Ada Admin", PASSWORD);

        assertThat(accounts.authenticate(" ADMIN@example.org", PASSWORD)).contains(admin);
        assertThat(accounts.authenticate("admin@example.org", "wrong password!"))
                .isEmpty();
        assertThat(accounts.authenticate("nobody@example.org", PASSWORD)).isEmpty();
        assertThat(accounts.userByEmail("Admin@Example.org ")).contains(admin);
        assertThat(accounts.userByEmail("nobody@example.org")).isEmpty();
        String stored = database.jdbi()
                .withHandle(handle -> handle.attach(UserDao.class).passwordHash(admin.id()));
        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @DatabaseTest
    void onlyAdministratorsCreateAccountsAndEachFieldIsChecked(Database database) {
        AccountService accounts = accounts(database);
        User admin = accounts.bootstrapAdmin("admin@example.org", "Ada Admin", PASSWORD);
        User expert = accounts.createUser(Actor.user(admin.id()), "li@example.cn", "Li Wei", PASSWORD, false);

        assertThatThrownBy(() -> accounts.createUser(Actor.user(expert.id()), "x@example.org", "X", PASSWORD, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.createUser(Actor.user(admin.id()), "not-an-email", "", "short", false))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("email", "displayName", "password"));
        assertThatThrownBy(() -> accounts.createUser(Actor.user(admin.id()), "LI@example.cn", "Li", PASSWORD, false))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void apiTokenWorksUntilItExpiresOrIsRevoked(Database database) {
        AccountService accounts = accounts(database);
        User admin = accounts.bootstrapAdmin("admin@example.org", "Ada Admin", PASSWORD);
        Actor actor = Actor.user(admin.id());

        IssuedToken shortLived = accounts.issueToken(actor, "ci", Duration.ofHours(1));
        IssuedToken revoked = accounts.issueToken(actor, "laptop", null);

        assertThat(accounts.authenticateToken(shortLived.token())).contains(admin);
        accounts.revokeToken(actor, revoked.id());
        assertThat(accounts.authenticateToken(revoked.token())).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(accounts.authenticateToken(shortLived.token())).isEmpty();
        assertThatThrownBy(() -> accounts.revokeToken(actor, revoked.id())).isInstanceOf(NotFoundException.class);
        long storedWithPlainText = database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :token")
                        .bind("token", shortLived.token())
                        .mapTo(Long.class)
                        .one());
        assertThat(storedWithPlainText).isZero();
    }

    @DatabaseTest
    void changingThePasswordNeedsTheCurrentOneAndIsAudited(Database database) {
        AccountService accounts = accounts(database);
        User admin = accounts.bootstrapAdmin("admin@example.org", "Ada Admin", PASSWORD);
        Actor actor = Actor.user(admin.id());

        assertThatThrownBy(() -> accounts.changePassword(actor, "wrong password!", "another long secret"))
                .isInstanceOf(ValidationException.class);
        accounts.changePassword(actor, PASSWORD, "another long secret");

        assertThat(accounts.authenticate("admin@example.org", "another long secret"))
                .contains(admin);
        List<AuditEvent> events = database.jdbi()
                .withHandle(handle -> new AuditLog(clock).eventsFor(handle, Subject.of("user", admin.id())));
        assertThat(events).extracting(AuditEvent::action).containsExactly("user.created", "user.password-changed");
        assertThat(events).allSatisfy(event -> assertThat(event.details()).doesNotContain("argon2"));
    }
}
