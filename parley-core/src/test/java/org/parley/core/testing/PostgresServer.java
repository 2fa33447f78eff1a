package org.parley.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * One embedded PostgreSQL server per test JVM. A template database is migrated once; every test gets
 * its own copy of it, which is much faster than migrating each time. Thread-safe.
 */
final class PostgresServer implements AutoCloseable {

    private static final String TEMPLATE = "parley_template";

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start() {
        try {
            PostgresServer server =
                    new PostgresServer(EmbeddedPostgres.builder().start());
            server.execute("CREATE DATABASE " + TEMPLATE);
            Database.open(server.config(TEMPLATE)).close();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** A new database holding the migrated schema and no data. */
    DatabaseConfig freshDatabase() {
        String name = "test_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
        return config(name);
    }

    private DatabaseConfig config(String database) {
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", database), "postgres", "postgres", 4);
    }

    private void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
