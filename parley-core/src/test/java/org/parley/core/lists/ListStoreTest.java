package org.parley.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.screening.lists.ListEntry;

class ListStoreTest {
    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-01T10:00:00Z"), ZoneOffset.UTC);

    private ListStore store() {
        return new ListStore(temp.resolve("data/lists"), clock, new LineListReader());
    }

    private Path file(String name, String content) throws IOException {
        Path file = temp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void nothingImportedMeansEmptyListsAndNoStatus() {
        assertThat(store().active().entries()).isEmpty();
        assertThat(store().status()).isEmpty();
    }

    @Test
    void importMakesTheFilesTheActiveLists() throws IOException {
        Path el = file("el.lst", "EL|Huawei Technologies Co., Ltd.\nEL|SMIC\n");
        Path dpl = file("dpl.lst", "DPL|John Doe\n");

        StoredLists stored = store().importFrom(List.of(el, dpl), List.of("el.lst", "dpl.lst"));

        assertThat(stored.entries()).isEqualTo(3);
        assertThat(stored.entriesByList()).containsEntry("EL", 2).containsEntry("DPL", 1);
        assertThat(store().status()).contains(stored);
        assertThat(store().active().entries()).extracting(ListEntry::name).contains("SMIC", "John Doe");
        assertThat(store().active().contentHash()).isEqualTo(stored.contentHash());
    }

    @Test
    void aMalformedFileLeavesThePreviousListsActive() throws IOException {
        StoredLists first = store().importFrom(List.of(file("el.lst", "EL|SMIC\n")), List.of("el.lst"));
        Path broken = file("broken.lst", "EL|Good line\nno separator here\n");

        assertThatThrownBy(() -> store().importFrom(List.of(file("more.lst", "EL|Other\n"), broken), List.of("x")))
                .isInstanceOf(ListImportException.class)
                .hasMessageContaining("broken.lst:2")
                .hasMessageContaining("active lists are unchanged");

        assertThat(store().status()).contains(first);
        assertThat(store().active().entries()).extracting(ListEntry::name).containsExactly("SMIC");
        try (var leftovers = Files.list(temp.resolve("data/lists"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("ACTIVE", "snapshots", "import.lock");
        }
    }

    @Test
    void aMissingPathIsRefused() {
        assertThatThrownBy(() -> store().importFrom(List.of(temp.resolve("nope.lst")), List.of("nope.lst")))
                .isInstanceOf(ListImportException.class)
                .hasMessageContaining("no such file");
        assertThat(store().status()).isEmpty();
    }

    @Test
    void storedFilesAlteredOnDiskAreDetectedOnLoad() throws IOException {
        StoredLists stored = store().importFrom(List.of(file("el.lst", "EL|SMIC\n")), List.of("el.lst"));
        Path copy = temp.resolve("data/lists/snapshots").resolve(stored.id()).resolve("files/el.lst");
        Files.writeString(copy, "EL|Someone else\n");

        assertThatThrownBy(() -> store().active())
                .isInstanceOf(ListImportException.class)
                .hasMessageContaining("altered on disk");
    }

    @Test
    void foldersAreImportedWhole() throws IOException {
        file("ofac/sdn.lst", "SDN|A\nSDN|B\n");
        file("ofac/alt.lst", "SDN|C\n");

        StoredLists stored = store().importFrom(List.of(temp.resolve("in/ofac")), List.of("ofac"));

        assertThat(stored.entries()).isEqualTo(3);
        assertThat(store().active().size()).isEqualTo(3);
    }

    @Test
    void aKilledImportsStagingFolderIsNoSnapshotAndTheNextImportRemovesIt() throws IOException {
        StoredLists first = store().importFrom(List.of(file("el.lst", "EL|SMIC\n")), List.of("el.lst"));
        Path debris = Files.createDirectories(temp.resolve("data/lists/import-12345/files"));
        Files.writeString(debris.resolve("half.lst"), "EL|Half written");

        assertThat(store().status()).contains(first);
        assertThat(store().active().entries()).extracting(ListEntry::name).containsExactly("SMIC");

        store().importFrom(List.of(file("dpl.lst", "DPL|John Doe\n")), List.of("dpl.lst"));
        assertThat(debris.getParent()).doesNotExist();
    }

    @Test
    void reimportingTheSameContentWithinASecondKeepsTheActiveSnapshotInPlace() throws IOException {
        Path el = file("el.lst", "EL|SMIC\n");
        StoredLists first = store().importFrom(List.of(el), List.of("el.lst"));

        StoredLists again = store().importFrom(List.of(el), List.of("el.lst"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store().active().entries()).extracting(ListEntry::name).containsExactly("SMIC");
    }
}
