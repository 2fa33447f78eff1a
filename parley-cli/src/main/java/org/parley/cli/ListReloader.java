package org.parley.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parley.core.lists.ActiveLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a node's lists when another process (a {@code parley lists update}, another node) switched
 * the stored active lists. Each node of an installation runs one, so a list update reaches all of them
 * within one period. Thread-safe; close it to stop.
 */
final class ListReloader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListReloader.class);

    private final ActiveLists lists;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "list-reloader");
        thread.setDaemon(true);
        return thread;
    });

    ListReloader(ActiveLists lists, Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new UserError("the list reload period must be positive, got " + period);
        }
        this.lists = lists;
        timer.scheduleWithFixedDelay(
                this::reloadIfChanged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reloadIfChanged() {
        try {
            if (lists.reloadIfChanged()) {
                var snapshot = lists.screener().snapshot();
                LOG.info(
                        "lists reloaded: {} entries as of {}, hash {}",
                        snapshot.size(),
                        snapshot.asOf(),
                        snapshot.contentHash());
            }
        } catch (RuntimeException e) {
            // Keep serving the lists already loaded; the next period tries again.
            LOG.error("could not reload the lists; still serving the ones loaded before", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
