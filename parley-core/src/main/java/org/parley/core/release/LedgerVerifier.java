package org.parley.core.release;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every ledger row against the hash the audit chain recorded when it was written: a changed
 * row, a row added outside the release gate and a deleted row are all found. Together with the audit
 * chain's own verification this makes the ledger tamper-evident. Thread-safe.
 */
public final class LedgerVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Jdbi jdbi;

    public LedgerVerifier(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public LedgerVerification verify() {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, this::verify);
    }

    private LedgerVerification verify(Handle handle) {
        TreeMap<Long, String> recorded = recordedHashes(handle);
        long rows = 0;
        try (var entries = handle.attach(LedgerDao.class).all()) {
            for (LedgerEntry entry : (Iterable<LedgerEntry>) entries::iterator) {
                String expected = recorded.remove(entry.id());
                if (!recorded.isEmpty() && recorded.firstKey() < entry.id()) {
                    return deleted(recorded.firstKey());
                }
                LedgerVerification.Broken broken = check(entry, expected);
                if (broken != null) {
                    return broken;
                }
                rows++;
            }
        }
        return recorded.isEmpty() ? new LedgerVerification.Intact(rows) : deleted(recorded.firstKey());
    }

    private static LedgerVerification.Broken check(LedgerEntry entry, String expected) {
        if (expected == null) {
            return new LedgerVerification.Broken(
                    entry.id(), "row " + entry.id() + " has no audit record: it was not written by the release gate");
        }
        if (!LedgerHasher.hash(entry).equals(entry.rowHash())) {
            return new LedgerVerification.Broken(entry.id(), "row " + entry.id() + " does not match its own hash");
        }
        if (!entry.rowHash().equals(expected)) {
            return new LedgerVerification.Broken(
                    entry.id(), "row " + entry.id() + " differs from the hash the audit chain recorded");
        }
        return null;
    }

    private static LedgerVerification.Broken deleted(long id) {
        return new LedgerVerification.Broken(
                id, "row " + id + " is recorded in the audit chain but missing from the ledger (deleted)");
    }

    private static TreeMap<Long, String> recordedHashes(Handle handle) {
        TreeMap<Long, String> hashes = new TreeMap<>();
        handle.createQuery("SELECT subject_id, details FROM audit_events WHERE subject_type = 'ledger' ORDER BY seq")
                .map((rs, ctx) -> Map.entry(
                        Long.parseLong(rs.getString("subject_id")),
                        JSON.readTree(rs.getString("details")).path("rowHash").asString()))
                .forEach(entry -> hashes.put(entry.getKey(), entry.getValue()));
        return hashes;
    }
}
