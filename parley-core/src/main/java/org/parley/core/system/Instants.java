package org.parley.core.system;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Reads the injected clock at the precision both databases store (microseconds). Stateless. */
public final class Instants {

    private Instants() {}

    /**
     * The clock's instant truncated to microseconds, so that a value read back from the database
     * equals the value written (the audit hash depends on it).
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
