package org.parley.cli;

/** A problem with what the user asked for; printed as a one-line message with exit code 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
