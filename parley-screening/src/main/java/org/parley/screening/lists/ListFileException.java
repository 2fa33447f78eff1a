package org.parley.screening.lists;

import java.nio.file.Path;

/** A list file that cannot be read: names the file and, where known, the line. */
public final class ListFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public ListFileException(Path file, long line, String message) {
        this(file, line, message, null);
    }

    public ListFileException(Path file, long line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }
}
