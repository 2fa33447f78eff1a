package org.parley.screening.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.screening.lists.Address;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;

class ListDifferTest {

    private static ListEntryBuilder el(String id, String name) {
        return new ListEntryBuilder()
                .id(id)
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .name(name);
    }

    private static ListEntryBuilder sdn(String entityNumber, String name) {
        return new ListEntryBuilder()
                .id(entityNumber)
                .entityNumber(entityNumber)
                .listCode("SDN")
                .source("Specially Designated Nationals (SDN) - Treasury Department")
                .name(name);
    }

    private static ListSnapshot snapshot(String format, ListEntry... entries) {
        LocalDate day = LocalDate.of(2026, 7, 31);
        return ListSnapshot.of(
                List.of(entries), day, List.of(new ListSnapshot.SourceFile(format, "f", day, entries.length)));
    }

    @Test
    void reportsAdditionsRemovalsAndFieldChangesPerList() {
        ListSnapshot older = snapshot(
                "CSL_CSV",
                el("a1", "Alpha Semiconductor Co., Ltd.")
                        .licensePolicy("Case-by-case review")
                        .federalRegisterNotice("85 FR 1")
                        .build(),
                el("b1", "Beta Optics").alias(Alias.strong("BO")).build(),
                sdn("101", "OLD NAME TRADING").build());
        ListSnapshot newer = snapshot(
                "CSL_CSV",
                el("a2", "ALPHA SEMICONDUCTOR CO LTD")
                        .licensePolicy("Presumption of denial")
                        .federalRegisterNotice("85 FR 1; 90 FR 2")
                        .alias(Alias.strong("Alpha Semi"))
                        .build(),
                el("c2", "Gamma Devices").federalRegisterNotice("90 FR 2").build(),
                sdn("101", "NEW NAME TRADING").build());

        SnapshotDiff diff = ListDiffer.compare("old", older, "new", newer);

        assertThat(diff.comparable()).isTrue();
        ListChanges entityList = diff.list("EL").orElseThrow();
        assertThat(entityList.added()).extracting(EntrySummary::name).containsExactly("Gamma Devices");
        assertThat(entityList.removed()).extracting(EntrySummary::name).containsExactly("Beta Optics");
        assertThat(entityList.changed()).singleElement().satisfies(change -> {
            assertThat(change.entry().name()).isEqualTo("ALPHA SEMICONDUCTOR CO LTD");
            assertThat(change.changes())
                    .extracting(FieldChange::field)
                    .containsExactly(
                            EntryField.NAME,
                            EntryField.ALIASES,
                            EntryField.LICENSE_POLICY,
                            EntryField.FEDERAL_REGISTER_NOTICE);
            assertThat(change.changes().get(2))
                    .isEqualTo(new FieldChange(
                            EntryField.LICENSE_POLICY,
                            List.of("Case-by-case review"),
                            List.of("Presumption of denial")));
        });
        assertThat(diff.list("SDN").orElseThrow().changed())
                .singleElement()
                .satisfies(change -> assertThat(change.changes())
                        .containsExactly(new FieldChange(
                                EntryField.NAME, List.of("OLD NAME TRADING"), List.of("NEW NAME TRADING"))));
        assertThat(diff.anyChange()).isTrue();
    }

    @Test
    void reorderedAliasesAndRewrappedTextAreNoChange() {
        ListEntry before = el("x", "Delta Labs")
                .alias(Alias.strong("DL"))
                .alias(Alias.strong("Delta Laboratories"))
                .licenseRequirement("For all items subject to  the EAR.")
                .build();
        ListEntry after = el("y", "Delta Labs")
                .alias(Alias.strong("Delta Laboratories"))
                .alias(Alias.strong("DL"))
                .licenseRequirement("For all items subject to the EAR. ")
                .build();

        SnapshotDiff diff = ListDiffer.compare("old", snapshot("CSL_CSV", before), "new", snapshot("CSL_CSV", after));

        assertThat(diff.anyChange()).isFalse();
        assertThat(diff.list("EL").orElseThrow().unchanged()).isEqualTo(1);
    }

    @Test
    void aFieldOneSnapshotLeavesEmptyThroughoutIsNotCompared() {
        ListSnapshot older =
                snapshot("OFAC_SDN", sdn("7", "X").remarks("DOB 1970").build());
        ListSnapshot newer = snapshot("CSL_CSV", sdn("7", "X").build());

        ListChanges list =
                ListDiffer.compare("old", older, "new", newer).list("SDN").orElseThrow();

        assertThat(list.changed()).isEmpty();
        assertThat(list.fieldsNotCompared()).containsExactly(EntryField.REMARKS);
    }

    @Test
    void aPartyListedSeveralTimesIsPairedWithItsClosestEntry() {
        ListEntryBuilder person = new ListEntryBuilder()
                .id("d")
                .listCode("DPL")
                .source("Denied Persons List (DPL) - Bureau of Industry and Security")
                .name("John Doe");
        ListSnapshot older = snapshot(
                "BIS_DPL",
                person.address(new Address("1 Main St", "Springfield", null, null, "US"))
                        .build(),
                new ListEntryBuilder()
                        .id("e")
                        .listCode("DPL")
                        .name("John Doe")
                        .address(new Address("9 Harbour Rd", "Hong Kong", null, null, "HK"))
                        .build());
        ListSnapshot newer = snapshot(
                "BIS_DPL",
                new ListEntryBuilder()
                        .id("f")
                        .listCode("DPL")
                        .name("John Doe")
                        .address(new Address("9 Harbour Road", "Hong Kong", null, null, "HK"))
                        .build(),
                older.entries().get(0));

        ListChanges dpl =
                ListDiffer.compare("old", older, "new", newer).list("DPL").orElseThrow();

        assertThat(dpl.added()).isEmpty();
        assertThat(dpl.removed()).isEmpty();
        assertThat(dpl.unchanged()).isEqualTo(1);
        assertThat(dpl.changed())
                .singleElement()
                .satisfies(change -> assertThat(change.changes())
                        .containsExactly(new FieldChange(
                                EntryField.ADDRESSES,
                                List.of("9 Harbour Rd, Hong Kong, HK"),
                                List.of("9 Harbour Road, Hong Kong, HK"))));
    }

    @Test
    void snapshotsWithoutAListInCommonAreIncompatible() {
        ListEntry ssi = new ListEntryBuilder()
                .id("1")
                .entityNumber("1")
                .listCode("SSI")
                .name("Bank")
                .build();

        SnapshotDiff diff = ListDiffer.compare(
                "sdn", snapshot("OFAC_SDN", sdn("7", "X").build()), "cons", snapshot("OFAC_CONSOLIDATED", ssi));

        assertThat(diff.comparable()).isFalse();
        assertThat(diff.incompatibility())
                .contains("different list families")
                .contains("older holds SDN")
                .contains("newer SSI");
        assertThat(diff.lists()).isEmpty();
    }

    @Test
    void listsInOnlyOneSnapshotAndDifferentFormatsAreNoted() {
        ListSnapshot older = snapshot("OFAC_SDN", sdn("7", "X").build());
        ListSnapshot newer =
                snapshot("CSL_CSV", sdn("7", "X").build(), el("e", "Y").build());

        SnapshotDiff diff = ListDiffer.compare("old", older, "new", newer);

        assertThat(diff.comparable()).isTrue();
        assertThat(diff.listsOnlyInNewer()).containsExactly("EL");
        assertThat(diff.notes())
                .anySatisfy(note -> assertThat(note).contains("different formats (OFAC_SDN against CSL_CSV)"))
                .anySatisfy(note -> assertThat(note).contains("only in the newer snapshot: EL"));
    }

    @Test
    void entriesAreKeyedByEntityNumberReferenceNumberOrFoldedName() {
        assertThat(EntryKey.of(sdn("30947", "HUAWEI").build()).identity()).isEqualTo("ent:30947");
        assertThat(EntryKey.of(new ListEntryBuilder()
                                .id("QDi.001")
                                .listCode("UN")
                                .name("x")
                                .build())
                        .identity())
                .isEqualTo("ref:QDi.001");
        assertThat(EntryKey.of(el("h", " Huawei Technologies Co., Ltd.").build()))
                .isEqualTo(EntryKey.of(el("i", "HUAWEI TECHNOLOGIES CO LTD").build()));
    }
}
