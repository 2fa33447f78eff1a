package org.parley.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.screening.lists.ListSnapshot;

/**
 * Our own evaluation set: Chinese official names of Entity List organisations written by hand, each
 * with an English name under which the Entity List lists the organisation and a kind (transparent,
 * numbered, brand). Kept in the test resources of parley-bench; the report reads the file from the
 * source tree when the test classpath is not there. Stateless.
 */
public final class HandWrittenChineseNames {
    static final String RESOURCE = "/org/parley/bench/eval/chinese-entity-list-names.tsv";
    private static final Path SOURCE_FILE = Path.of("parley-bench/src/test/resources" + RESOURCE);

    /** One row of the file. */
    public record Row(String chineseName, String englishName, String kind, int line) {}

    /** The rows resolved against a snapshot: pairs per kind, and rows whose English name is not listed. */
    public record Resolved(Map<String, List<ChineseNamePairs.Pair>> pairsByKind, List<String> unresolved) {}

    private HandWrittenChineseNames() {}

    /** The rows from the classpath, else from the source tree; empty when neither is there. */
    public static List<Row> read() {
        try (InputStream stream = HandWrittenChineseNames.class.getResourceAsStream(RESOURCE)) {
            if (stream != null) {
                return parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            }
            return Files.isRegularFile(SOURCE_FILE) ? parse(Files.readString(SOURCE_FILE)) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<Row> parse(String text) {
        var rows = new ArrayList<Row>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(
                        RESOURCE + ":" + (i + 1) + ": expected chinese <TAB> english <TAB> kind, got: " + line);
            }
            rows.add(new Row(fields[0].strip(), fields[1].strip(), fields[2].strip(), i + 1));
        }
        return rows;
    }

    public static Resolved resolve(List<Row> rows, ListSnapshot snapshot) {
        var entityListNames = new EntityListNames(snapshot);
        Map<String, List<ChineseNamePairs.Pair>> byKind = new LinkedHashMap<>();
        var unresolved = new ArrayList<String>();
        for (Row row : rows) {
            Set<Integer> entries = entityListNames.entries(row.englishName());
            if (entries.isEmpty()) {
                unresolved.add("line " + row.line() + ": " + row.englishName());
            } else {
                byKind.computeIfAbsent(row.kind(), kind -> new ArrayList<>())
                        .add(new ChineseNamePairs.Pair(row.chineseName(), row.englishName(), entries));
            }
        }
        return new Resolved(byKind, unresolved);
    }
}
