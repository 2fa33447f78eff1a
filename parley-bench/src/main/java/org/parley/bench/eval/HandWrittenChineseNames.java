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
 * Our own evaluation sets, written by hand: Chinese official names of Entity List organisations,
 * each with an English name under which the Entity List lists the organisation and a kind
 * (transparent, numbered, brand); and Chinese official names of organisations that are not listed.
 * Kept in the test resources of parley-bench; the report reads the files from the source tree when
 * the test classpath is not there. Stateless.
 */
public final class HandWrittenChineseNames {
    private static final String FOLDER = "/org/parley/bench/eval/";
    static final String LISTED = FOLDER + "chinese-entity-list-names.tsv";
    static final String UNLISTED = FOLDER + "chinese-unlisted-names.tsv";
    private static final Path SOURCE_FOLDER = Path.of("parley-bench/src/test/resources");

    /** One row of the file. */
    public record Row(String chineseName, String englishName, String kind, int line) {}

    /** The rows resolved against a snapshot: pairs per kind, and rows whose English name is not listed. */
    public record Resolved(Map<String, List<ChineseNamePairs.Pair>> pairsByKind, List<String> unresolved) {}

    private HandWrittenChineseNames() {}

    /** The listed organisations; empty when the file is not there. */
    public static List<Row> read() {
        return parse(LISTED, text(LISTED), 3);
    }

    /** The Chinese names of organisations that are not listed; empty when the file is not there. */
    public static List<String> unlisted() {
        return parse(UNLISTED, text(UNLISTED), 2).stream().map(Row::chineseName).toList();
    }

    /** The file from the classpath, else from the source tree; empty when neither is there. */
    private static String text(String resource) {
        try (InputStream stream = HandWrittenChineseNames.class.getResourceAsStream(resource)) {
            if (stream != null) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = SOURCE_FOLDER.resolve(resource.substring(1));
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<Row> parse(String resource, String text, int fieldCount) {
        var rows = new ArrayList<Row>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != fieldCount || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(
                        resource + ":" + (i + 1) + ": expected " + fieldCount + " tab-separated fields, got: " + line);
            }
            String kind = fieldCount > 2 ? fields[2].strip() : "";
            rows.add(new Row(fields[0].strip(), fields[1].strip(), kind, i + 1));
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
