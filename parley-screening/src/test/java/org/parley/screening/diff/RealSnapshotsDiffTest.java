package org.parley.screening.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.lists.ListSnapshot;
import org.parley.testing.SharedData;

/** Digests of real list files from the shared reference data (skipped when it is absent). */
class RealSnapshotsDiffTest {

    private static ListSnapshot read(String relative) {
        return ListFiles.read(SharedData.file(relative));
    }

    @Test
    void theSdnListAndTheNonSdnConsolidatedListAreDifferentFamilies() {
        SnapshotDiff diff =
                ListDiffer.compare("sdn_2021-07", read("ofac/sdn_2021-07"), "cons_2025-12", read("ofac/cons_2025-12"));

        assertThat(diff.comparable()).isFalse();
        assertThat(diff.incompatibility())
                .isEqualTo("the snapshots have no list in common, so they are different list families and cannot be"
                        + " compared: the older holds SDN, the newer CAP, CMIC, NS-MBS, PLC, SSI");
        assertThat(diff.lists()).isEmpty();
    }

    @Test
    void theSdnListFrom2021AgainstThe2026ConsolidatedScreeningList() {
        SnapshotDiff diff = ListDiffer.compare(
                "sdn_2021-07", read("ofac/sdn_2021-07"), "csl-2026", read("csl/consolidated-2026-07-31.csv"));

        ListChanges sdn = diff.list("SDN").orElseThrow();
        assertThat(diff.listsOnlyInNewer()).contains("EL", "DPL", "SSI");
        assertThat(diff.notes()).anySatisfy(note -> assertThat(note).contains("different formats"));
        assertThat(sdn.olderEntries()).isEqualTo(8976);
        assertThat(sdn.newerEntries()).isEqualTo(19181);
        // Every older entry is removed, changed or unchanged; every newer one added, changed or unchanged.
        assertThat(sdn.removed().size() + sdn.changed().size() + sdn.unchanged())
                .isEqualTo(8976);
        assertThat(sdn.added().size() + sdn.changed().size() + sdn.unchanged()).isEqualTo(19181);
        assertThat(sdn.added().size()).isGreaterThan(10_000);
        assertThat(sdn.removed()).isNotEmpty();
        // Entity numbers above the 2021 file's highest (32391) can only be additions.
        assertThat(sdn.added())
                .anySatisfy(entry -> assertThat(entry.entityNumber()).isEqualTo("52291"));
        assertThat(sdn.fieldsNotCompared()).contains(EntryField.REMARKS);
    }

    @Test
    void entityListTextsEditedBetweenThe2025SampleAndThe2026List() {
        SnapshotDiff diff = ListDiffer.compare(
                "csl-2025-sample",
                read("csl/samples/consolidated.csv"),
                "csl-2026",
                read("csl/consolidated-2026-07-31.csv"));

        assertThat(diff.comparable()).isTrue();
        assertThat(diff.listsOnlyInOlder()).containsExactly("FSE");
        ListChanges entityList = diff.list("EL").orElseThrow();
        assertThat(entityList.removed()).isEmpty();
        assertThat(entityList.added()).hasSize(3419);
        assertThat(entityList.changed()).singleElement().satisfies(change -> {
            assertThat(change.entry().name()).contains("(CETC 13)");
            assertThat(change.changes())
                    .extracting(FieldChange::field)
                    .contains(EntryField.ALIASES, EntryField.LICENSE_REQUIREMENT)
                    .doesNotContain(EntryField.NAME, EntryField.FEDERAL_REGISTER_NOTICE);
        });
    }

    @Test
    void aSnapshotAgainstItselfHasNoChange() {
        ListSnapshot csl = read("csl/consolidated-2026-07-31.csv");

        SnapshotDiff diff = ListDiffer.compare("a", csl, "b", csl);

        assertThat(diff.anyChange()).isFalse();
        assertThat(diff.lists().stream().mapToInt(ListChanges::unchanged).sum()).isEqualTo(25_921);
    }
}
