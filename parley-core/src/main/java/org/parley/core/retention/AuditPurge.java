package org.parley.core.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;

/**
 * Deletes audit events recorded before a cut-off that the {@link RetentionPolicy} allows, keeping the
 * rest verifiable: the purge records the first kept event and its previous hash as the chain's new
 * anchor, and is itself recorded as an audit event. Thread-safe.
 */
public final class AuditPurge {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final RetentionPolicy policy;

    public AuditPurge(Jdbi jdbi, Clock clock, AuditLog audit, RetentionPolicy policy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.policy = policy;
    }

    /** What a purge removed. */
    public record Result(LocalDate before, long eventsRemoved, long firstKeptSeq) {}

    public Result purgeBefore(Actor actor, LocalDate before) {
        policy.requirePurgeable(before);
        var cutoff = before.atStartOfDay().atOffset(ZoneOffset.UTC);
        return jdbi.inTransaction(handle -> {
            // Locking the head keeps appenders out while the chain's start moves.
            long lastSeq = handle.createQuery("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE")
                    .mapTo(Long.class)
                    .one();
            long firstKept = handle.createQuery("SELECT MIN(seq) FROM audit_events WHERE occurred_at >= :cutoff")
                    .bind("cutoff", cutoff)
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(lastSeq + 1);
            long removed = handle.createUpdate("DELETE FROM audit_events WHERE seq < :firstKept")
                    .bind("firstKept", firstKept)
                    .execute();
            if (removed > 0) {
                String prevHash = firstKept <= lastSeq
                        ? handle.createQuery("SELECT prev_hash FROM audit_events WHERE seq = :seq")
                                .bind("seq", firstKept)
                                .mapTo(String.class)
                                .one()
                        : handle.createQuery("SELECT last_hash FROM audit_head WHERE id = 1")
                                .mapTo(String.class)
                                .one();
                handle.createUpdate("INSERT INTO audit_purges (purged_at, purged_before, first_kept_seq,"
                                + " first_kept_prev_hash, events_removed, actor) VALUES (:at, :before, :seq, :hash,"
                                + " :removed, :actor)")
                        .bind("at", Instants.now(clock))
                        .bind("before", before)
                        .bind("seq", firstKept)
                        .bind("hash", prevHash)
                        .bind("removed", removed)
                        .bind("actor", actor.label())
                        .execute();
            }
            audit.append(
                    handle,
                    actor,
                    "audit.purged",
                    new Subject("audit", "log"),
                    AuditLog.details("before", before.toString(), "eventsRemoved", removed, "firstKeptSeq", firstKept));
            return new Result(before, removed, firstKept);
        });
    }
}
