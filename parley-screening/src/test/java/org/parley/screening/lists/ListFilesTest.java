package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class ListFilesTest {
    @TempDir
    Path dir;

    @Test
    void detectsEachFormatFromNameAndContent() throws URISyntaxException {
        assertThat(format("csl/consolidated-2026-07-31.csv")).isEqualTo(ListFormat.CSL_CSV);
        assertThat(format("csl/samples/csl.csv")).isEqualTo(ListFormat.CSL_CSV);
        assertThat(format("un/UN_consolidated_2026-02-27.xml")).isEqualTo(ListFormat.UN_XML);
        assertThat(format("bis/bis_dpl_2022/dpl.txt")).isEqualTo(ListFormat.BIS_DPL);
        assertThat(format("ofac/sdn_2021-07/alt.csv")).isEqualTo(ListFormat.OFAC_SDN);
        assertThat(format("ofac/cons_2025-12/cons_prim.csv")).isEqualTo(ListFormat.OFAC_CONSOLIDATED);
        assertThat(ListFiles.inputs(jsonFixture()))
                .singleElement()
                .satisfies(input -> assertThat(input.format()).isEqualTo(ListFormat.CSL_JSON));
    }

    @Test
    void anOfacFileStandsForItsWholeSet() {
        var snapshot = ListFiles.read(SharedData.file("ofac/sdn_2021-07/sdn.csv"));

        assertThat(snapshot.size()).isEqualTo(8_976);
        assertThat(snapshot.entries())
                .anySatisfy(entry -> assertThat(entry.aliases()).isNotEmpty());
    }

    @Test
    void readsAndMergesEveryListInAFolderTree() throws IOException, URISyntaxException {
        copyFolder(SharedData.file("un"), dir.resolve("un"));
        copyFolder(SharedData.file("ofac/cons_2025-12"), dir.resolve("ofac/cons_2025-12"));
        Files.copy(jsonFixture(), dir.resolve("csl-download.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a list\n");
        var progress = new ArrayList<Long>();

        var snapshot = ListFiles.read(dir, progress::add);

        assertThat(snapshot.size()).isEqualTo(3 + 1_003 + 442);
        assertThat(snapshot.sources())
                .extracting(ListSnapshot.SourceFile::format)
                .containsExactly("CSL-JSON", "OFAC-CONS-CSV", "UN-XML");
        assertThat(snapshot.asOf()).as("the newest data date").isEqualTo(LocalDate.of(2026, 5, 4));
        long total = ListFiles.inputs(dir).stream()
                .mapToLong(ListFiles.ListInput::bytes)
                .sum();
        assertThat(progress).isSortedAccordingTo(Long::compare).last().isEqualTo(total);
    }

    @Test
    void theHashDoesNotDependOnTheOrderFilesAreRead() throws IOException {
        Path unThenDpl = Files.createDirectories(dir.resolve("a"));
        Files.copy(SharedData.file("un/UN_consolidated_2026-02-27.xml"), unThenDpl.resolve("1.xml"));
        Files.copy(SharedData.file("bis/bis_dpl_2022/dpl.txt"), unThenDpl.resolve("2.txt"));
        Path dplThenUn = Files.createDirectories(dir.resolve("b"));
        Files.copy(SharedData.file("bis/bis_dpl_2022/dpl.txt"), dplThenUn.resolve("1.txt"));
        Files.copy(SharedData.file("un/UN_consolidated_2026-02-27.xml"), dplThenUn.resolve("2.xml"));

        assertThat(ListFiles.read(unThenDpl).contentHash())
                .isEqualTo(ListFiles.read(dplThenUn).contentHash());
    }

    @Test
    void aFolderWithAnIncompleteOfacSetFails() {
        assertThatThrownBy(() -> ListFiles.read(SharedData.file("ofac")))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("sdn_2025-12_partial")
                .hasMessageContaining("sdn.csv is missing");
    }

    @Test
    void anUnrecognisedFileIsRejected() {
        Path file = SharedData.file("ear/ccl.json");

        assertThatThrownBy(() -> ListFiles.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unrecognised list file");
    }

    @Test
    void aFolderWithoutListsIsRejected() throws IOException {
        Files.writeString(dir.resolve("readme.md"), "# nothing here\n");

        assertThatThrownBy(() -> ListFiles.read(dir))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("no list files found");
    }

    @Test
    void aMissingPathIsRejected() {
        assertThatThrownBy(() -> ListFiles.read(dir.resolve("absent.csv")))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void datesComeFromContentThenNamesThenTheFileTime() throws IOException {
        assertThat(ListFiles.read(SharedData.file("un/UN_consolidated_2026-02-27.xml"))
                        .asOf())
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(ListFiles.read(SharedData.file("ofac/cons_2025-12")).asOf()).isEqualTo(LocalDate.of(2025, 12, 1));
        Path plain = Files.createDirectories(dir.resolve("plain")).resolve("dpl.txt");
        Files.copy(SharedData.file("bis/bis_dpl_2022/dpl.txt"), plain);
        Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2024-03-05T12:00:00Z")));

        assertThat(ListFiles.read(plain).asOf()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void findsDatesInNames() {
        assertThat(DataDates.fromName(Path.of("consolidated-2026-07-31.csv"))).contains(LocalDate.of(2026, 7, 31));
        assertThat(DataDates.fromName(Path.of("cons_2025-12"))).contains(LocalDate.of(2025, 12, 1));
        assertThat(DataDates.fromName(Path.of("list_20240105.json"))).contains(LocalDate.of(2024, 1, 5));
        assertThat(DataDates.fromName(Path.of("bis_dpl_2022"))).isEmpty();
        assertThat(DataDates.fromName(Path.of("sdn_2021-13"))).isEmpty();
    }

    /** Copies the files of a shared-data folder into the temporary folder (never the other way). */
    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }

    private static ListFormat format(String relative) {
        return ListFormatSniffer.detect(SharedData.file(relative)).orElseThrow();
    }

    private static Path jsonFixture() throws URISyntaxException {
        return Path.of(ListFilesTest.class.getResource("csl-download.json").toURI());
    }
}
