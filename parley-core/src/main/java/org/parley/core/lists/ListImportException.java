package org.parley.core.lists;

/** An import or update that could not complete; the previously active lists stay active. */
public final class ListImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ListImportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ListImportException(String message) {
        super(message);
    }
}
