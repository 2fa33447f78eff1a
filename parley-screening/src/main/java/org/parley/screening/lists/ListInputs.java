package org.parley.screening.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Opens list files for the readers, with progress reporting and uniform I/O errors. Thread-safe. */
final class ListInputs {
    private ListInputs() {}

    /** The file's bytes, reporting the running byte count to {@code progress}. */
    static InputStream open(Path file, LongConsumer progress) {
        try {
            return new ProgressInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress);
        } catch (NoSuchFileException e) {
            throw new ListFileException(file, 0, "file not found");
        } catch (IOException e) {
            throw failure(file, 0, e);
        }
    }

    /** The file as UTF-8 text; malformed UTF-8 is an error, not silently replaced. */
    static Reader openText(Path file, LongConsumer progress) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(open(file, progress), decoder);
    }

    /** A {@link ListFileException} for an I/O failure while reading {@code file} near {@code line}. */
    static ListFileException failure(Path file, long line, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new ListFileException(file, line, "not valid UTF-8 text", e);
        }
        return new ListFileException(file, line, "cannot read: " + e, e);
    }

    /** The file's own name (the path itself for a root). */
    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The text without a leading UTF-8 byte-order mark. */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
