package org.parley.bench.load;

import java.util.Arrays;

/** Response times of one action, in microseconds, with error count. Not thread-safe: one per user and action, merged at the end. */
final class Latencies {
    private long[] micros = new long[1024];
    private int count;
    private long errors;

    void record(long elapsedMicros, boolean ok) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = elapsedMicros;
        if (!ok) {
            errors++;
        }
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.micros[i], true);
        }
        errors += other.errors;
    }

    int count() {
        return count;
    }

    long errors() {
        return errors;
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
