package org.parley.screening.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists bundled with the normalizer: one record per line, '#' comments. */
final class ResourceLines {

    /** A non-blank, non-comment line split on tabs, with its 1-based line number. */
    record Line(String resource, int number, List<String> fields) {
        String field(int index) {
            if (index >= fields.size()) {
                throw new IllegalStateException(
                        resource + ":" + number + ": expected at least " + (index + 1) + " tab-separated fields");
            }
            return fields.get(index);
        }
    }

    private ResourceLines() {}

    static List<Line> read(String resource) {
        InputStream stream = ResourceLines.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        var lines = new ArrayList<Line>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                lines.add(new Line(resource, number, List.of(text.strip().split("\t"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
        return lines;
    }
}
