package org.parley.core.release;

/** The verdict on the release ledger against the audit chain: intact, or broken at a row. Immutable. */
public sealed interface LedgerVerification {

    /** Every row matches the hash the audit chain recorded for it. */
    record Intact(long rows) implements LedgerVerification {}

    /**
     * The first row that does not hold.
     *
     * @param ledgerId the row's ID (for a deleted row: the ID the audit chain names)
     */
    record Broken(long ledgerId, String reason) implements LedgerVerification {}

    default boolean intact() {
        return this instanceof Intact;
    }
}
