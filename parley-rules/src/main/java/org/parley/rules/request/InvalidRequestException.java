package org.parley.rules.request;

/** A decision request that cannot be decided, naming the offending field (e.g. {@code item.eccn}). */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON path of the field at fault, e.g. {@code recipient.country}. */
    public String field() {
        return field;
    }
}
