package org.parley.web.auth;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parley.web.system.ApiException;

/**
 * Bounds how many password checks run at once. Each Argon2id check takes about 19 MiB and tens of
 * milliseconds of CPU by design, so 200 users signing in together would otherwise exhaust the heap and
 * starve every other request; with a bound, sign-ins queue (fairly) and the rest of the node keeps
 * answering. A sign-in that waits too long is answered 503 with Retry-After. Thread-safe.
 */
final class PasswordChecks {
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits;
    private final Duration patience;

    PasswordChecks(int concurrent, Duration patience) {
        this.permits = new Semaphore(concurrent, true);
        this.patience = patience;
    }

    /** One per core, waiting at most 20 s. */
    static PasswordChecks forThisMachine() {
        return new PasswordChecks(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(20));
    }

    /**
     * Runs {@code check} once a slot is free.
     *
     * @throws ApiException 503 when no slot freed up in time
     */
    <T> T run(Supplier<T> check) {
        try {
            if (!permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }

    private static ApiException busy() {
        return new ApiException(
                503, "the server is busy checking other sign-ins; try again in " + RETRY_AFTER_SECONDS + " seconds");
    }
}
