package org.parley.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response times of one action, in microseconds, with the failures counted by cause (an HTTP status
 * or an exception's name). Not thread-safe: one per user and action, merged at the end.
 */
final class Latencies {
    private long[] micros = new long[1024];
    private int count;
    private final Map<String, Long> failures = new TreeMap<>();

    /** Records one request; {@code failure} is null when it succeeded. */
    void record(long elapsedMicros, String failure) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = elapsedMicros;
        if (failure != null) {
            failures.merge(failure, 1L, Long::sum);
        }
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.micros[i], null);
        }
        other.failures.forEach((cause, n) -> failures.merge(cause, n, Long::sum));
    }

    int count() {
        return count;
    }

    long errors() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Failures by cause, e.g. {@code {"HTTP 503": 2}}. */
    Map<String, Long> failures() {
        return Map.copyOf(failures);
    }

    /** The {@code q}-quantile in milliseconds (nearest rank), 0 when empty. */
    double quantileMillis(double q) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1000.0;
    }
}
