package org.parley.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;

/**
 * Appends events to the hash-chained audit log inside the caller's transaction, so that a change and
 * its event commit or roll back together. Thread-safe: appends are serialized by a row lock on the
 * chain's head.
 */
public final class AuditLog {

    static final String COLUMNS = "seq, occurred_at, actor, action, subject_type, subject_id, details, prev_hash, hash";

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Appends one event; {@code handle} must be inside the transaction that makes the change. */
    public AuditEvent append(Handle handle, Actor actor, String action, Subject subject, Map<String, ?> details) {
        Head head = handle.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .one();
        Instant now = Instants.now(clock);
        AuditEvent unsigned = new AuditEvent(
                head.seq() + 1,
                now,
                actor.label(),
                action,
                subject.type(),
                subject.id(),
                CanonicalJson.write(details),
                head.hash(),
                "");
        AuditEvent event = withHash(unsigned);
        handle.createUpdate("INSERT INTO audit_events (" + COLUMNS + ") VALUES (:seq, :occurredAt, :actor,"
                        + " :action, :subjectType, :subjectId, :details, :prevHash, :hash)")
                .bindMethods(event)
                .execute();
        handle.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .bind("seq", event.seq())
                .bind("hash", event.hash())
                .execute();
        return event;
    }

    /** Every event about {@code subject}, oldest first. */
    public List<AuditEvent> eventsFor(Handle handle, Subject subject) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audit_events"
                        + " WHERE subject_type = :type AND subject_id = :id ORDER BY seq")
                .bind("type", subject.type())
                .bind("id", subject.id())
                .mapTo(AuditEvent.class)
                .list();
    }

    /** Up to {@code limit} events after position {@code afterSeq}, oldest first (for paging). */
    public List<AuditEvent> page(Handle handle, long afterSeq, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audit_events WHERE seq > :after ORDER BY seq")
                .bind("after", afterSeq)
                .setMaxRows(limit)
                .mapTo(AuditEvent.class)
                .list();
    }

    /**
     * Details from alternating keys and values; unlike {@link Map#of} it keeps insertion order and
     * accepts null values (written as JSON null).
     */
    public static Map<String, Object> details(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details need key/value pairs, got " + keysAndValues.length + " items");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }

    private static AuditEvent withHash(AuditEvent event) {
        return new AuditEvent(
                event.seq(),
                event.occurredAt(),
                event.actor(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.details(),
                event.prevHash(),
                AuditHasher.hash(event));
    }

    private record Head(long seq, String hash) {}
}
