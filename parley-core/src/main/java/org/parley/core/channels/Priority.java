package org.parley.core.channels;

import java.time.Duration;
import java.util.Optional;

/** How urgent a message is, and how soon the other sides must acknowledge it by default. */
public enum Priority {
    LOW(null),
    NORMAL(Duration.ofHours(72)),
    HIGH(Duration.ofHours(24)),
    URGENT(Duration.ofHours(4));

    private final Duration acknowledgementWindow;

    Priority(Duration acknowledgementWindow) {
        this.acknowledgementWindow = acknowledgementWindow;
    }

    /** The default time to acknowledge; empty when no acknowledgement is expected. */
    public Optional<Duration> acknowledgementWindow() {
        return Optional.ofNullable(acknowledgementWindow);
    }
}
