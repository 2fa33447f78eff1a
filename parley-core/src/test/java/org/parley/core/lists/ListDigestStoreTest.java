package org.parley.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.testing.TestClock;
import org.parley.screening.diff.EntrySummary;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/** Each import stores a digest of what changed against the lists that were active before it. */
class ListDigestStoreTest {
    @TempDir
    Path temp;

    private final TestClock clock = TestClock.at("2026-08-01T10:00:00Z");

    private ListStore store() {
        return new ListStore(temp.resolve("data/lists"), clock, new LineListReader());
    }

    private StoredLists importLines(String name, String content) throws IOException {
        Path file = temp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        clock.advance(Duration.ofHours(1));
        return store().importFrom(List.of(file), List.of(name));
    }

    @Test
    void anUpdateRecordsWhatItAddedAndRemovedAgainstThePreviousLists() throws IOException {
        StoredLists first = importLines("el.lst", "EL|Alpha Optics\nEL|Beta Semiconductor\nDPL|John Doe\n");
        StoredLists second = importLines("el.lst", "EL|Alpha Optics\nEL|Gamma Devices\nDPL|John Doe\n");

        assertThat(store().digest(first.id())).isEmpty();
        SnapshotDiff digest = store().digest(second.id()).orElseThrow();
        assertThat(digest.older().label()).isEqualTo(first.id());
        assertThat(digest.newer().label()).isEqualTo(second.id());
        ListChanges entityList = digest.list("EL").orElseThrow();
        assertThat(entityList.added()).extracting(EntrySummary::name).containsExactly("Gamma Devices");
        assertThat(entityList.removed()).extracting(EntrySummary::name).containsExactly("Beta Semiconductor");
        assertThat(digest.list("DPL").orElseThrow().unchangedList()).isTrue();
        assertThat(store().activeDigest()).contains(digest);
        assertThat(temp.resolve("data/lists/snapshots").resolve(second.id()).resolve("digest.json"))
                .isRegularFile();
    }

    @Test
    void theStoreKnowsItsSnapshotsAndWhichWasActiveBefore() throws IOException {
        assertThat(store().previousId()).isEmpty();
        StoredLists first = importLines("a.lst", "EL|Alpha\n");
        assertThat(store().previousId()).isEmpty();
        StoredLists second = importLines("b.lst", "EL|Beta\n");
        StoredLists third = importLines("c.lst", "EL|Gamma\n");

        assertThat(store().snapshots())
                .extracting(StoredLists::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(store().previousId()).contains(second.id());
        assertThat(store().has(first.id())).isTrue();
        assertThat(store().has("../" + first.id())).isFalse();
        assertThatThrownBy(() -> store().digest("20990101T000000Z-000000000000"))
                .isInstanceOf(ListImportException.class)
                .hasMessageContaining("no stored lists with id '20990101T000000Z-000000000000'");
    }
}
