package org.parley.core.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task periodically on a named daemon thread. A failed run is logged and the schedule goes on (the next
 * run retries). {@link #close()} lets a running pass finish before returning, so nothing writes to a database or
 * data folder that its owner is about to close.
 */
public final class BackgroundSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSchedule.class);
    /** How long close() waits for a running pass before interrupting it. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ScheduledExecutorService executor;
    private final String name;

    private BackgroundSchedule(String name, ScheduledExecutorService executor) {
        this.name = name;
        this.executor = executor;
    }

    /** Starts running {@code task} after {@code initialDelay}, then {@code period} after each run ends. */
    public static BackgroundSchedule start(String name, Duration initialDelay, Duration period, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        Runnable logged = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("{} run failed", name, e);
            }
        };
        executor.scheduleWithFixedDelay(logged, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return new BackgroundSchedule(name, executor);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not finish within {}; interrupting it", name, GRACE);
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
