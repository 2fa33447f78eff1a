package org.parley.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed sign-ins per key (e.g. e-mail and address) in fixed windows and refuses further
 * attempts once a key reaches its limit. Memory is bounded: beyond {@code maxKeys} the least recently
 * seen key is forgotten. Per node; a cluster of n nodes allows up to n times the limit. Thread-safe.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures;

    public LoginThrottle(int maxFailures, Duration window, int maxKeys, Clock clock) {
        if (maxFailures < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("maxFailures and maxKeys must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long the key must wait before its next attempt; zero when it may try now. */
    public synchronized Duration retryAfter(String key) {
        Failures current = live(key);
        if (current == null || current.count() < maxFailures) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), current.windowStart().plus(window));
    }

    public synchronized void failed(String key) {
        Failures current = live(key);
        failures.put(key, current == null ? new Failures(clock.instant(), 1) : current.plusOne());
    }

    public synchronized void succeeded(String key) {
        failures.remove(key);
    }

    /** The key's failures in the current window, or null when it has none. */
    private Failures live(String key) {
        Failures current = failures.get(key);
        if (current != null && !clock.instant().isBefore(current.windowStart().plus(window))) {
            failures.remove(key);
            return null;
        }
        return current;
    }

    private record Failures(Instant windowStart, int count) {
        Failures plusOne() {
            return new Failures(windowStart, count + 1);
        }
    }
}
