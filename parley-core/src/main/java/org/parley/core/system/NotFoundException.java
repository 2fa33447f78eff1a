package org.parley.core.system;

/** The named record does not exist (or the actor may not know that it exists). Immutable. */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
