package org.parley.core.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the demo seeder sets to past moments, so that seeded records (messages sent days ago,
 * minutes approved after a meeting) carry believable timestamps. Seeding only; not thread-safe.
 */
final class SeedClock extends Clock {
    private Instant now;

    SeedClock(Instant start) {
        now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the seed clock is always UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
