package org.parley.core.channels;

/**
 * Told about each escalation after it is committed, e.g. to e-mail the heads of delegation.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface EscalationListener {

    EscalationListener NONE = escalation -> {};

    void escalated(Escalation escalation);
}
