package org.parley.screening.lists;

/**
 * A record that breaks its format (missing name, bad date, …), raised by the record mappers; the
 * reader that knows the file and line turns it into a {@link ListFileException}.
 */
final class RecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordException(String message) {
        super(message);
    }
}
