package org.parley.screening.lists;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 record reader: quoted fields with doubled quotes and embedded line breaks,
 * LF or CR LF line ends, any one-character separator. Hand-written because the lists need exact
 * error positions and the full CSL must parse in a fraction of a second. Not thread-safe.
 */
final class CsvRecordReader implements Closeable {
    private static final int END = -1;

    private final Reader in;
    private final char separator;
    private final Path file;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(256);
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;

    CsvRecordReader(Reader in, char separator, Path file) {
        this.in = in;
        this.separator = separator;
        this.file = file;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (c == END) {
            return null;
        }
        recordLine = line;
        var fields = new ArrayList<String>(32);
        while (true) {
            c = c == '"' ? readQuoted() : readUnquoted(c);
            fields.add(field.toString());
            field.setLength(0);
            if (c != separator) {
                endRecord(c);
                return fields;
            }
            c = read();
        }
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** The 1-based line the reader is on (for errors raised while decoding the input). */
    long currentLine() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int readUnquoted(int c) throws IOException {
        while (c != separator && c != '\n' && c != '\r' && c != END) {
            field.append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted() throws IOException {
        long start = line;
        while (true) {
            int c = read();
            if (c == END) {
                throw new ListFileException(file, start, "unterminated quoted field (opening quote on this line)");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    if (c != separator && c != '\n' && c != '\r' && c != END) {
                        throw new ListFileException(
                                file, line, "unexpected character '" + (char) c + "' after a closing quote");
                    }
                    return c;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endRecord(int c) throws IOException {
        if (c == '\r') {
            c = read();
            if (c != '\n' && c != END) {
                position--; // a lone CR ends the line; the next character starts the next record
                line++;
                return;
            }
        }
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position++];
    }
}
