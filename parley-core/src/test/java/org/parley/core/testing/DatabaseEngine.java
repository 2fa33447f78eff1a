package org.parley.core.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The database engines every repository test runs on. */
public enum DatabaseEngine {
    H2,
    POSTGRES;

    /** The engines selected by {@code -Dparley.test.databases} (default: all). */
    static List<DatabaseEngine> selected() {
        String property = System.getProperty("parley.test.databases", "");
        if (property.isBlank()) {
            return List.of(values());
        }
        return Arrays.stream(property.split(","))
                .map(name -> valueOf(name.trim().toUpperCase(Locale.ROOT)))
                .toList();
    }
}
