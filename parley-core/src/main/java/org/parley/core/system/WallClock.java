package org.parley.core.system;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Formats a wall-clock time read from a generic row (H2 and PostgreSQL give a Timestamp). Stateless. */
public final class WallClock {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WallClock() {}

    /** {@code 2026-10-14 09:00} */
    public static String format(Object value) {
        LocalDateTime local =
                value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return local.format(MINUTES);
    }
}
