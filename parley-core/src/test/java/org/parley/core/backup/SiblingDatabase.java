package org.parley.core.backup;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.core.testing.DatabaseEngine;

/** A second, empty, migrated database on the same engine as a test's database, to restore into. */
final class SiblingDatabase {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private SiblingDatabase() {}

    static Database open(Database database, DatabaseEngine engine, Path temp) throws SQLException {
        return switch (engine) {
            case H2 -> Database.open(DatabaseConfig.embedded(temp.resolve("sibling-" + COUNT.incrementAndGet())));
            case POSTGRES -> {
                String name = "sibling_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
                String url = database.jdbi().withHandle(handle -> {
                    handle.execute("CREATE DATABASE " + name);
                    return handle.getConnection().getMetaData().getURL();
                });
                yield Database.open(new DatabaseConfig(
                        url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), "postgres", "postgres", 2));
            }
        };
    }
}
