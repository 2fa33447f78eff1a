package org.parley.core.system;

/** The action clashes with the current state, e.g. a side's member cap is reached. Immutable. */
public final class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
