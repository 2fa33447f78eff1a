package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.FuzzCorpus;

/**
 * Hostile list files: every input ends in a snapshot or a {@link ListFileException}, never another
 * exception, a hang or a half-read snapshot. The {@code @FuzzTest}s replay the seed corpus under
 * plain {@code mvn verify} and fuzz with {@code JAZZER_FUZZ=1}; the seeded tests add reproducible
 * mutants of the same corpus on every build.
 */
class ListReaderFuzzTest {
    private static final long SEED = 20_260_731L;
    private static final int MUTANTS = 300;

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "60s")
    void cslCsv(byte[] data) {
        expectSnapshotOrListFileException(ListFormat.CSL_CSV, write("consolidated.csv", data));
    }

    @FuzzTest(maxDuration = "60s")
    void cslJson(byte[] data) {
        expectSnapshotOrListFileException(ListFormat.CSL_JSON, write("consolidated.json", data));
    }

    @FuzzTest(maxDuration = "60s")
    void unXml(byte[] data) {
        expectSnapshotOrListFileException(ListFormat.UN_XML, write("consolidated.xml", data));
    }

    @FuzzTest(maxDuration = "60s")
    void bisDpl(byte[] data) {
        expectSnapshotOrListFileException(ListFormat.BIS_DPL, write("dpl.txt", data));
    }

    /** The primary file of an OFAC set; the alias and address files are small and well-formed. */
    @FuzzTest(maxDuration = "60s")
    void ofacSdn(byte[] data) {
        Path set = folder("ofac");
        write(set.resolve("sdn.csv"), data);
        write(set.resolve("alt.csv"), "1,10,\"aka\",\"EXAMPLE TRADERS\",-0- \r\n".getBytes(StandardCharsets.US_ASCII));
        write(
                set.resolve("add.csv"),
                "2,21,\"1 Fixture St\",\"Testville\",\"Cuba\",-0- \r\n".getBytes(StandardCharsets.US_ASCII));
        expectSnapshotOrListFileException(ListFormat.OFAC_SDN, set);
    }

    @Test
    void seededMutantsOfCslCsv() {
        FuzzCorpus.runMutants(getClass(), "cslCsv", SEED, MUTANTS, this::cslCsv);
    }

    @Test
    void seededMutantsOfCslJson() {
        FuzzCorpus.runMutants(getClass(), "cslJson", SEED, MUTANTS, this::cslJson);
    }

    @Test
    void seededMutantsOfUnXml() {
        FuzzCorpus.runMutants(getClass(), "unXml", SEED, MUTANTS, this::unXml);
    }

    @Test
    void seededMutantsOfBisDpl() {
        FuzzCorpus.runMutants(getClass(), "bisDpl", SEED, MUTANTS, this::bisDpl);
    }

    @Test
    void seededMutantsOfOfacSdn() {
        FuzzCorpus.runMutants(getClass(), "ofacSdn", SEED, MUTANTS, this::ofacSdn);
    }

    /** Sniffing any mutant picks a reader or refuses the file; it never fails otherwise. */
    @Test
    void seededMutantsThroughFormatDetection() {
        FuzzCorpus.runMutants(getClass(), "unXml", SEED + 1, MUTANTS, data -> {
            try {
                checkComplete(ListFiles.read(write("unknown-format", data)));
            } catch (ListFileException expected) {
                assertThat(expected.getMessage()).contains("unknown-format");
            }
        });
    }

    private static void expectSnapshotOrListFileException(ListFormat format, Path path) {
        try {
            checkComplete(format.read(path, bytes -> {}));
        } catch (ListFileException expected) {
            assertThat(expected.file()).as("the error names the file").isNotNull();
        }
    }

    /** A snapshot the readers return is whole: every entry named, counted and identified. */
    private static void checkComplete(ListSnapshot snapshot) {
        assertThat(snapshot.entries()).allSatisfy(entry -> {
            assertThat(entry.name()).isNotBlank();
            assertThat(entry.listCode()).isNotBlank();
        });
        assertThat(snapshot.sources().stream()
                        .mapToInt(ListSnapshot.SourceFile::entries)
                        .sum())
                .isEqualTo(snapshot.size());
    }

    private static Path folder(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] data) {
        return write(dir.resolve(name), data);
    }

    private static Path write(Path file, byte[] data) {
        try {
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
