package org.parley.bench.load;

import java.util.SplittableRandom;

/**
 * When one user means to send each request: at a fixed mean rate with exponentially distributed gaps
 * (together, all users make a Poisson stream), or back to back when the rate is zero. Latency is
 * counted from the intended time, not from when the request was actually sent, so that a slow answer
 * that delays the next request is not hidden (coordinated omission). Not thread-safe: one per user.
 */
final class Arrivals {
    private final SplittableRandom random;
    private final double meanGapNanos;
    private long intended;

    /** {@code perSecond} requests per second for this user, or 0 to send back to back. */
    Arrivals(SplittableRandom random, double perSecond, long startNanos) {
        this.random = random;
        this.meanGapNanos = perSecond <= 0 ? 0 : 1e9 / perSecond;
        this.intended = startNanos + gap();
    }

    /** The intended send time of the next request, in {@link System#nanoTime()} terms. */
    long next() {
        return intended;
    }

    /**
     * Moves on after a request that ended at {@code endNanos}: back to back, the next is intended at
     * once; paced, one gap after the previous intended time, however late that request was.
     */
    void advance(long endNanos) {
        intended = meanGapNanos == 0 ? endNanos : intended + gap();
    }

    private long gap() {
        return meanGapNanos == 0 ? 0 : (long) (-Math.log(1 - random.nextDouble()) * meanGapNanos);
    }
}
