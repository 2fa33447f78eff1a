package org.parley.core.audit;

import java.util.Iterator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Walks the audit chain from the first event and reports the first broken link: a changed row (hash
 * mismatch), a deleted or inserted row (gap in positions or wrong previous hash), reordered rows, or a
 * truncated tail (the chain head names a later event). Thread-safe.
 */
public final class AuditVerifier {

    private static final int FETCH_SIZE = 1_000;

    private final Jdbi jdbi;

    public AuditVerifier(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public ChainVerification verify() {
        // One consistent snapshot of events and head, even while others keep appending.
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, this::verify);
    }

    private ChainVerification verify(Handle handle) {
        // After a retention purge the kept chain starts at the anchor the purge recorded.
        var anchor = handle.createQuery("SELECT first_kept_seq, first_kept_prev_hash FROM audit_purges"
                        + " ORDER BY first_kept_seq DESC")
                .setMaxRows(1)
                .mapToMap()
                .findFirst();
        long expectedSeq = anchor.map(row -> ((Number) row.get("first_kept_seq")).longValue())
                .orElse(1L);
        String previousHash = anchor.map(row -> ((String) row.get("first_kept_prev_hash")).strip())
                .orElse(AuditHasher.GENESIS);
        try (var events = handle
                .createQuery("SELECT " + AuditLog.COLUMNS + " FROM audit_events ORDER BY seq")
                .setFetchSize(FETCH_SIZE)
                .mapTo(AuditEvent.class)
                .stream()) {
            for (Iterator<AuditEvent> it = events.iterator(); it.hasNext(); ) {
                AuditEvent event = it.next();
                ChainVerification.Broken broken = check(event, expectedSeq, previousHash);
                if (broken != null) {
                    return broken;
                }
                previousHash = event.hash();
                expectedSeq++;
            }
        }
        return checkHead(handle, expectedSeq - 1, previousHash);
    }

    private static ChainVerification.Broken check(AuditEvent event, long expectedSeq, String previousHash) {
        if (event.seq() != expectedSeq) {
            return new ChainVerification.Broken(
                    expectedSeq, "expected event " + expectedSeq + " but found event " + event.seq());
        }
        if (!event.prevHash().equals(previousHash)) {
            return new ChainVerification.Broken(
                    expectedSeq, "previous hash does not match the hash of event " + (expectedSeq - 1));
        }
        if (!event.hash().equals(event.expectedHash())) {
            return new ChainVerification.Broken(expectedSeq, "content does not match its hash");
        }
        return null;
    }

    private static ChainVerification checkHead(Handle handle, long events, String lastHash) {
        var head = handle.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .mapToMap()
                .one();
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq > events) {
            return new ChainVerification.Broken(
                    events + 1, "the chain ends at event " + events + " but its head names event " + headSeq);
        }
        if (headSeq < events) {
            return new ChainVerification.Broken(
                    headSeq + 1, "event " + (headSeq + 1) + " lies beyond the chain's head");
        }
        if (!lastHash.equals(head.get("last_hash"))) {
            return new ChainVerification.Broken(events, "the last event's hash differs from the chain's head");
        }
        return new ChainVerification.Intact(events, lastHash);
    }
}
