package org.parley.web.testing;

import java.util.UUID;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * A fresh, migrated in-memory H2 database for tests of the pages, which need not run on both engines;
 * it disappears when its connection pool closes. Not thread-safe.
 */
public final class MemoryDatabase implements AutoCloseable {

    public final Database database;

    public MemoryDatabase() {
        database = Database.open(
                new DatabaseConfig("jdbc:h2:mem:" + UUID.randomUUID() + DatabaseConfig.H2_OPTIONS, "sa", "", 4));
    }

    @Override
    public void close() {
        database.close();
    }
}
