package org.parley.core.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the database is and how to log in. Immutable.
 *
 * @param url JDBC URL: {@code jdbc:h2:...} (embedded) or {@code jdbc:postgresql:...} (production)
 * @param maxPoolSize connections kept by the pool
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    /** H2 settings that make it accept the SQL subset we share with PostgreSQL. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final int H2_QUERY_CACHE = 128;
    private static final int H2_COMPACT_MILLIS = 15_000;

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
        }
    }

    /**
     * An embedded H2 file database in {@code directory} (created on first use, no set-up). Commits are
     * written out at once (WRITE_DELAY=0): with H2's default delay a killed process loses the last
     * acknowledged changes (found by ServerCrashTest). Each connection keeps {@value #H2_QUERY_CACHE}
     * parsed statements instead of H2's 8: a group page alone runs more distinct statements than that.
     *
     * <p>Writing each commit through also stops H2's background compaction, so under many small
     * commits the file grows far beyond its data (4.0 GB for 0.5 GB after a day of load tests). H2
     * compacts when the database closes; it may take up to {@value #H2_COMPACT_MILLIS} ms instead of
     * its 200, so that a large file is not left half compacted.
     */
    public static DatabaseConfig embedded(Path directory) {
        String file = directory.resolve("parley").toAbsolutePath().toString();
        return new DatabaseConfig(
                "jdbc:h2:file:" + file + H2_OPTIONS + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=" + H2_QUERY_CACHE
                        + ";MAX_COMPACT_TIME=" + H2_COMPACT_MILLIS,
                "sa",
                "",
                10);
    }

    /**
     * PostgreSQL when {@code PARLEY_DB_URL} is set (with {@code PARLEY_DB_USER} and {@code
     * PARLEY_DB_PASSWORD}), otherwise the embedded database under {@code ./data}.
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> environment) {
        String url = environment.get("PARLEY_DB_URL");
        if (url == null || url.isBlank()) {
            return embedded(Path.of("data"));
        }
        return new DatabaseConfig(url, environment.get("PARLEY_DB_USER"), environment.get("PARLEY_DB_PASSWORD"), 10);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
