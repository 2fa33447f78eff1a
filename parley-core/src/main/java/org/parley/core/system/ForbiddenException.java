package org.parley.core.system;

/** The actor is known but lacks the role the action needs. Immutable. */
public final class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
