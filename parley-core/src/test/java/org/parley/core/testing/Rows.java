package org.parley.core.testing;

import org.parley.core.storage.Database;

/** Counts rows, for tests that check what was (not) written. Stateless. */
public final class Rows {

    private Rows() {}

    public static int count(Database database, String table) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Integer.class)
                        .one());
    }
}
