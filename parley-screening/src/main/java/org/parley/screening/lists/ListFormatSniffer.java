package org.parley.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises a list file's format from its name (the OFAC set files) or the start of its content
 * (CSV headers, the UN XML root element, the CSL JSON structure). Thread-safe (stateless).
 */
final class ListFormatSniffer {
    private static final int HEAD_BYTES = 16 * 1024;

    private ListFormatSniffer() {}

    static Optional<ListFormat> detect(Path file) {
        var ofac = OfacFileSet.ofFileName(ListInputs.fileName(file));
        if (ofac.isPresent()) {
            return ofac.map(ListFormat::of);
        }
        String head = ListInputs.withoutByteOrderMark(head(file)).stripLeading();
        int lineEnd = head.indexOf('\n');
        String firstLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
        if (CslCsvReader.isHeader(firstLine)) {
            return Optional.of(ListFormat.CSL_CSV);
        }
        if (BisDplReader.isHeader(firstLine)) {
            return Optional.of(ListFormat.BIS_DPL);
        }
        if (head.startsWith("<") && head.contains("<" + UnXmlReader.ROOT)) {
            return Optional.of(ListFormat.UN_XML);
        }
        if (isCslJson(head)) {
            return Optional.of(ListFormat.CSL_JSON);
        }
        return Optional.empty();
    }

    /** A download object with "results", or an array of records with "name" and "source". */
    private static boolean isCslJson(String head) {
        if (head.startsWith("{")) {
            return head.contains("\"results\"");
        }
        return head.startsWith("[") && head.contains("\"name\"") && head.contains("\"source\"");
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ListInputs.failure(file, 0, e);
        }
    }
}
