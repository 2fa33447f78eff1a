package org.parley.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The platform's database: a connection pool, the schema migrated to the newest version, and a
 * configured {@link Jdbi}. Thread-safe; open one per process and close it on shutdown.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        TimeCodecs.register(jdbi);
        jdbi.registerRowMapper(new RecordMappers());
    }

    /** Connects, applies any pending migrations and returns the ready database. */
    public static Database open(DatabaseConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setMaximumPoolSize(config.maxPoolSize());
        pool.setPoolName("parley");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            migrate(dataSource);
            return new Database(dataSource, config.isPostgres());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void migrate(HikariDataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Whether this is PostgreSQL (otherwise the embedded H2). */
    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
