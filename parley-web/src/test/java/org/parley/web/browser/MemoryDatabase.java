package org.parley.web.browser;

import java.util.UUID;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;

/**
 * A fresh, migrated in-memory H2 database for one browser test (browser tests need not run on both
 * engines); it disappears when its connection pool closes.
 */
final class MemoryDatabase implements AutoCloseable {

    final Database database;

    MemoryDatabase() {
        database = Database.open(new DatabaseConfig(
                "jdbc:h2:mem:" + UUID.randomUUID() + DatabaseConfig.H2_OPTIONS, "sa", "", 4));
    }

    @Override
    public void close() {
        database.close();
    }
}
