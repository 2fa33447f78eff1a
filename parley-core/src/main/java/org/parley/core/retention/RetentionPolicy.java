package org.parley.core.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.parley.core.system.ValidationException;

/**
 * How long compliance records are kept: audit events (and release-ledger records) for five years
 * (15 CFR 762.6). Every command that deletes such records asks {@link #requirePurgeable} first.
 * Immutable and thread-safe.
 */
public final class RetentionPolicy {
    public static final Period AUDIT_RECORDS = Period.ofYears(5);

    private final Clock clock;

    public RetentionPolicy(Clock clock) {
        this.clock = clock;
    }

    /** The earliest cut-off allowed today: records from this day on are still kept. */
    public LocalDate keptFrom() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minus(AUDIT_RECORDS);
    }

    /**
     * Refuses a purge of records dated before {@code before} unless all of them are older than the
     * retention period.
     */
    public void requirePurgeable(LocalDate before) {
        if (before.isAfter(keptFrom())) {
            throw ValidationException.of(
                    "before",
                    "audit and ledger records are kept for " + AUDIT_RECORDS.getYears() + " years: the cut-off must be "
                            + keptFrom() + " or earlier, not " + before);
        }
    }
}
