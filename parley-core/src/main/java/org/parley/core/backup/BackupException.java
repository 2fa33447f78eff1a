package org.parley.core.backup;

/** A backup that cannot be made or restored, with the reason in words; nothing was changed. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
