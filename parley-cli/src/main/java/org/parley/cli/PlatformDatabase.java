package org.parley.cli;

import java.nio.file.Path;
import java.util.Map;
import org.parley.core.storage.DatabaseConfig;

/**
 * Which database the platform commands use: PostgreSQL when {@code PARLEY_DB_URL} is set (with
 * {@code PARLEY_DB_USER}, {@code PARLEY_DB_PASSWORD}), otherwise the embedded H2 file {@code
 * <data>/parley}. Stateless.
 */
final class PlatformDatabase {

    private PlatformDatabase() {}

    static DatabaseConfig config(Map<String, String> environment, Path dataFolder) {
        String url = environment.get("PARLEY_DB_URL");
        return url == null || url.isBlank()
                ? DatabaseConfig.embedded(dataFolder)
                : DatabaseConfig.fromEnvironment(environment);
    }

    /** Where the database is, for messages; never shows a password. */
    static String describe(DatabaseConfig config) {
        return config.isPostgres() ? config.url() : "H2 " + config.url().replaceFirst(";.*", "");
    }
}
