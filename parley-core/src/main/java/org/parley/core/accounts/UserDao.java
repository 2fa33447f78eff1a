package org.parley.core.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for users and API tokens. Attach to a handle; not thread-safe beyond the handle's own rules. */
interface UserDao {

    String USER_COLUMNS = "id, email, display_name, admin, disabled, created_at";

    @SqlUpdate("INSERT INTO users (email, display_name, password_hash, admin, disabled, created_at)"
            + " VALUES (:email, :displayName, :passwordHash, :admin, FALSE, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("email") String email,
            @Bind("displayName") String displayName,
            @Bind("passwordHash") String passwordHash,
            @Bind("admin") boolean admin,
            @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT " + USER_COLUMNS + " FROM users WHERE id = :id")
    Optional<User> find(@Bind("id") long id);

    @SqlQuery("SELECT " + USER_COLUMNS + " FROM users WHERE email = :email")
    Optional<User> findByEmail(@Bind("email") String email);

    @SqlQuery("SELECT password_hash FROM users WHERE id = :id")
    String passwordHash(@Bind("id") long id);

    @SqlUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
    void updatePasswordHash(@Bind("id") long id, @Bind("hash") String hash);

    @SqlQuery("SELECT COUNT(*) FROM users")
    long count();

    @SqlUpdate("INSERT INTO api_tokens (user_id, token_hash, label, created_at, expires_at)"
            + " VALUES (:userId, :tokenHash, :label, :createdAt, :expiresAt)")
    @GetGeneratedKeys("id")
    long insertToken(
            @Bind("userId") long userId,
            @Bind("tokenHash") String tokenHash,
            @Bind("label") String label,
            @Bind("createdAt") Instant createdAt,
            @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("SELECT u.id, u.email, u.display_name, u.admin, u.disabled, u.created_at"
            + " FROM api_tokens t JOIN users u ON u.id = t.user_id"
            + " WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL"
            + " AND (t.expires_at IS NULL OR t.expires_at > :now)")
    Optional<User> findByLiveToken(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
    int revokeToken(@Bind("id") long id, @Bind("userId") long userId, @Bind("now") Instant now);
}
