package org.parley.core.rescreening;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.parley.core.audit.AuditLog;
import org.parley.core.members.BulkRescreening;
import org.parley.core.members.RescreenReport;
import org.parley.core.policy.DigestAnnouncements;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;
import org.parley.screening.Screener;
import org.parley.screening.diff.SnapshotDiff;

/**
 * The hook a list update calls (the CLI after {@code parley lists update}/{@code import}, a web node
 * that notices new lists): re-screens everyone once per list snapshot and announces the update's
 * digest to each group's compliance officers. The snapshot's hash is claimed in {@code rescreen_runs}
 * first, so several nodes noticing the same update do both only once. Thread-safe.
 */
public final class ListUpdateRescreen {

    private static final Actor RESCREENING = Actor.system("rescreening");

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final double threshold;
    private final int parallelism;
    private final DigestAnnouncements announcements;

    public ListUpdateRescreen(Jdbi jdbi, Clock clock, AuditLog audit, double threshold, int parallelism) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.threshold = threshold;
        this.parallelism = parallelism;
        this.announcements = new DigestAnnouncements(jdbi, audit, threshold);
    }

    /** Re-screens against {@code screener}'s lists, or returns empty if that snapshot was already done. */
    public Optional<RescreenReport> run(Screener screener) {
        return run(screener, null);
    }

    /**
     * Re-screens against {@code screener}'s lists and announces {@code digest}, what the update
     * changed (null when unknown, e.g. a first import); returns empty if that snapshot was already done.
     */
    public Optional<RescreenReport> run(Screener screener, SnapshotDiff digest) {
        String hash = screener.snapshot().contentHash();
        if (!claim(hash, screener)) {
            return Optional.empty();
        }
        RescreenReport report = new BulkRescreening(jdbi, clock, audit, () -> screener, threshold, parallelism)
                .rescreenAll(RESCREENING);
        if (digest != null && digest.newer().contentHash().equals(hash)) {
            announcements.announce(digest, screener);
        }
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE rescreen_runs SET finished_at = :now, people = :people,"
                        + " new_reviews = :held, elapsed_ms = :elapsed WHERE lists_hash = :hash")
                .bind("now", Instants.now(clock))
                .bind("people", report.people())
                .bind("held", report.heldMemberIds().size())
                .bind("elapsed", report.elapsed().toMillis())
                .bind("hash", hash)
                .execute());
        return Optional.of(report);
    }

    /** The most recent re-screening, if any. */
    public Optional<RescreenRun> latest() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT lists_hash, lists_as_of, started_at, finished_at,"
                        + " people, new_reviews, elapsed_ms FROM rescreen_runs ORDER BY started_at DESC")
                .setMaxRows(1)
                .mapTo(RescreenRun.class)
                .findFirst());
    }

    private boolean claim(String hash, Screener screener) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO rescreen_runs (lists_hash, lists_as_of,"
                                    + " started_at) SELECT :hash, :asOf, :now WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM rescreen_runs WHERE lists_hash = :hash)")
                            .bind("hash", hash)
                            .bind("asOf", screener.snapshot().asOf())
                            .bind("now", Instants.now(clock))
                            .execute())
                    == 1;
        } catch (UnableToExecuteStatementException e) {
            // Another node inserted the same hash at the same moment: it re-screens.
            return false;
        }
    }
}
