package org.parley.core.audit;

/** The verdict on the audit chain: intact, or broken at a position. Immutable. */
public sealed interface ChainVerification {

    /** Every link checks out. */
    record Intact(long events, String lastHash) implements ChainVerification {}

    /**
     * The first position at which the chain does not hold.
     *
     * @param seq the position of the first broken link (for a missing tail: one past the last event)
     * @param reason what failed there, for a human reader
     */
    record Broken(long seq, String reason) implements ChainVerification {}

    default boolean intact() {
        return this instanceof Intact;
    }
}
