package org.parley.cli;

import java.time.Duration;
import org.parley.core.lists.ActiveLists;
import org.parley.core.rescreening.ListUpdateRescreen;
import org.parley.core.system.BackgroundSchedule;
import org.parley.screening.diff.SnapshotDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a running node notice lists stored by {@code parley lists update} (e.g. a daily cron job, see
 * docs/release.md): it loads them, re-screens everyone and announces the digest once per snapshot (the database makes sure
 * only one node does).
 */
final class ListWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ListWatch.class);

    private final ActiveLists lists;
    private final ListUpdateRescreen rescreen;
    private BackgroundSchedule schedule;

    ListWatch(ActiveLists lists, ListUpdateRescreen rescreen) {
        this.lists = lists;
        this.rescreen = rescreen;
    }

    synchronized void start(Duration period) {
        if (schedule != null) {
            throw new IllegalStateException("already started");
        }
        schedule = BackgroundSchedule.start("parley-list-watch", period, period, this::check);
    }

    private void check() {
        try {
            if (lists.reloadIfChanged()) {
                rescreen.run(lists.screener(), digest())
                        .ifPresent(report -> LOG.info(
                                "re-screened {} people against lists as of {}: {} new reviews",
                                report.people(),
                                report.listsAsOf(),
                                report.heldMemberIds().size()));
            }
        } catch (RuntimeException e) {
            LOG.error("list check failed", e);
        }
    }

    /** The digest of the lists just loaded; an unreadable one must not stop the re-screening. */
    private SnapshotDiff digest() {
        try {
            return lists.store().activeDigest().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("list digest not announced: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
    }
}
