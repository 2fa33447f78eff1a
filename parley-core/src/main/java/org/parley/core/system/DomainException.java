package org.parley.core.system;

/**
 * A request the domain refuses. The web layer maps each kind to one HTTP status: not found 404,
 * forbidden 403, conflict 409, validation 400. Immutable.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ForbiddenException, ConflictException, ValidationException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
