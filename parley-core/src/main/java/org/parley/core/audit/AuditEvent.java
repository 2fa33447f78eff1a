package org.parley.core.audit;

import java.time.Instant;

/**
 * One entry of the hash-chained audit log, as stored. Immutable.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param details canonical JSON object with the change's specifics
 * @param prevHash hash of the event at {@code seq - 1} ({@link AuditHasher#GENESIS} for the first)
 * @param hash SHA-256 (hex) over this event's content and {@code prevHash}
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String details,
        String prevHash,
        String hash) {

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    /** The hash this event's content should have, whatever is stored in {@link #hash()}. */
    public String expectedHash() {
        return AuditHasher.hash(this);
    }
}
