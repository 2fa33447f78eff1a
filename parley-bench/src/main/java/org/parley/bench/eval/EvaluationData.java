package org.parley.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.lists.ListSnapshot;

/**
 * The reference data of the evaluation, read from the shared data folder (never copied into the
 * repository): list snapshots, labelled pairs, fixtures and negative names. Stateless.
 */
public final class EvaluationData {
    private final Path root;

    public EvaluationData(Path root) {
        this.root = root;
    }

    /** The data folder named by system property {@code parley.shared.data}, else {@code ../shared/data}. */
    public static EvaluationData fromSystemProperty() {
        return new EvaluationData(Path.of(System.getProperty("parley.shared.data", "../shared/data"))
                .toAbsolutePath()
                .normalize());
    }

    public Path root() {
        return root;
    }

    public boolean isPresent() {
        return Files.isRegularFile(cslFile());
    }

    public Path cslFile() {
        return root.resolve("csl/consolidated-2026-07-31.csv");
    }

    /** The Consolidated Screening List alone (25,921 entries). */
    public ListSnapshot csl() {
        return ListFiles.read(cslFile());
    }

    /** CSL + OFAC SDN (legacy CSV, 2021) + UN consolidated list: the "full" screening snapshot. */
    public ListSnapshot full() {
        return csl().merge(ListFiles.read(root.resolve("ofac/sdn_2021-07")))
                .merge(ListFiles.read(root.resolve("un/UN_consolidated_2026-02-27.xml")));
    }

    /** Labelled name pairs of {@code eval/cases.csv}. */
    public List<LabelledPair> cases() {
        var pairs = new ArrayList<LabelledPair>();
        List<String> lines = lines("eval/cases.csv");
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = SimpleCsv.fields(lines.get(i));
            if (fields.size() < 7) {
                throw new IllegalStateException("eval/cases.csv:" + (i + 1) + ": expected 8 fields");
            }
            String category = fields.get(6).isBlank() ? fields.get(0) : fields.get(6);
            pairs.add(new LabelledPair(
                    fields.get(1), fields.get(2), fields.get(3), Boolean.parseBoolean(fields.get(4)), category));
        }
        return pairs;
    }

    /** Every non-blank, non-comment line of a text file under the data root. */
    public List<String> lines(String relative) {
        try {
            return Files.readAllLines(root.resolve(relative), StandardCharsets.UTF_8).stream()
                    .map(line -> line.replace("\r", "").strip())
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(relative), e);
        }
    }

    /** The {@code full_name} column of a yente negatives file, a seeded sample of {@code size}. */
    public List<String> yenteNegatives(String file, int size, long seed) {
        List<String> lines = lines("eval/yente_fixtures/" + file);
        var names = new ArrayList<String>();
        for (int i = 1; i < lines.size(); i++) {
            names.add(SimpleCsv.fields(lines.get(i)).get(0));
        }
        return sample(names, size, seed);
    }

    static <T> List<T> sample(List<T> items, int size, long seed) {
        if (items.size() <= size) {
            return items;
        }
        var copy = new ArrayList<>(items);
        java.util.Collections.shuffle(copy, new Random(seed));
        return List.copyOf(copy.subList(0, size));
    }
}
