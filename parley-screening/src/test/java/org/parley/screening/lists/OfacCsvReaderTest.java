package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class OfacCsvReaderTest {
    private static final String END_OF_FILE = "\u001A";

    private static ListSnapshot sdn;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSdn() {
        sdn = OfacCsvReader.read(SharedData.file("ofac/sdn_2021-07"), OfacFileSet.SDN);
    }

    @Test
    void readsTheSdnSetWithTypesAliasesAndProgrammes() {

        assertThat(sdn.size()).isEqualTo(8_976);
        assertThat(sdn.entries())
                .allSatisfy(entry -> assertThat(entry.listCode()).isEqualTo("SDN"));
        assertThat(sdn.entries().stream().collect(Collectors.groupingBy(ListEntry::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        PartyType.PERSON, 4_620L,
                        PartyType.ORGANIZATION, 3_673L,
                        PartyType.VESSEL, 406L,
                        PartyType.AIRCRAFT, 277L));
        long strongAliases = sdn.entries().stream()
                .flatMap(entry -> entry.aliases().stream())
                .filter(alias -> !alias.weak())
                .count();
        assertThat(strongAliases).as("strong aliases = rows of alt.csv").isEqualTo(11_910);
        assertThat(sdn.entries().stream().filter(entry -> entry.programs().size() > 1))
                .hasSize(1_195);
        assertThat(sdn.asOf()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(sdn.sources())
                .containsExactly(new ListSnapshot.SourceFile("OFAC-SDN-CSV", "sdn_2021-07/sdn.csv", sdn.asOf(), 8_976));
    }

    @Test
    void readsWeakAliasesFromTheRemarksIncludingTheirOverflow() {
        ListEntry bank = entry("306");
        ListEntry person = entry("28263");

        assertThat(bank.name()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bank.aliases()).contains(new Alias("BNC", true), Alias.strong("NATIONAL BANK OF CUBA"));
        assertThat(person.name()).isEqualTo("TIAN, Yinyin");
        assertThat(person.programs()).containsExactly("DPRK3", "CYBER2");
        assertThat(person.remarks()).endsWith("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
        assertThat(person.aliases()).contains(new Alias("tianyinyin0404", true), new Alias("snowsjohn", true));
    }

    @Test
    void readsAddressesWithCountryCodes() {
        ListEntry company = entry("173");

        assertThat(company.addresses())
                .containsExactly(new Address("Ibex House, The Minories", "London EC3N 1DY", null, null, "GB"));
        assertThat(company.countries()).containsExactly("GB");
        assertThat(entry("36").addresses()).containsExactly(new Address(null, "Havana", null, null, "CU"));
    }

    @Test
    void readsTheConsolidatedSetAndAssignsEachPartyItsList() {
        var consolidated = OfacCsvReader.read(SharedData.file("ofac/cons_2025-12"), OfacFileSet.CONSOLIDATED);

        assertThat(consolidated.size()).isEqualTo(442);
        assertThat(consolidated.entries().stream()
                        .collect(Collectors.groupingBy(ListEntry::listCode, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("SSI", 286L, "PLC", 78L, "CMIC", 68L, "CAP", 1L, "NS-MBS", 9L));
        assertThat(consolidated.entries().stream().filter(entry -> entry.type() == PartyType.PERSON))
                .hasSize(79);
        assertThat(consolidated.asOf()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(consolidated.entries())
                .filteredOn(entry -> entry.listCode().equals("CMIC"))
                .allSatisfy(
                        entry -> assertThat(entry.source())
                                .isEqualTo(
                                        "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department"));
    }

    @Test
    void aFolderWithoutThePrimaryFileFailsClearly() {
        Path partial = SharedData.file("ofac/sdn_2025-12_partial");

        assertThatThrownBy(() -> OfacCsvReader.read(partial, OfacFileSet.SDN))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("sdn.csv is missing")
                .extracting(e -> ((ListFileException) e).file())
                .isEqualTo(partial.resolve("sdn.csv"));
    }

    @Test
    void handlesNullTokensWeakAliasTypesAndTheEndOfFileByte() throws IOException {
        writeSet(
                """
                1,"EXAMPLE TRADING CO",-0- ,"SDGT] [IRGC",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'EXTRACO'."\r
                2,"SAMPLE, Person","individual","CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r
                """,
                "1,10,\"aka\",\"EXAMPLE TRADERS\",-0- \r\n2,11,\"weak aka\",\"SAMMY\",-0- \r\n",
                "1,20,-0- ,-0- ,-0- ,-0- \r\n2,21,\"1 Fixture St\",\"Testville 123\",\"Korea, North\",-0- \r\n");

        var snapshot = OfacCsvReader.read(dir, OfacFileSet.SDN);

        ListEntry company = snapshot.entries().get(0);
        ListEntry person = snapshot.entries().get(1);
        assertThat(company.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(company.programs()).containsExactly("SDGT", "IRGC");
        assertThat(company.aliases()).containsExactly(Alias.strong("EXAMPLE TRADERS"), new Alias("EXTRACO", true));
        assertThat(company.addresses()).isEmpty();
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.name()).isEqualTo("SAMPLE, Person");
        assertThat(person.aliases()).containsExactly(new Alias("SAMMY", true));
        assertThat(person.addresses()).containsExactly(new Address("1 Fixture St", "Testville 123", null, null, "KP"));
        assertThat(person.remarks()).isNull();
    }

    @Test
    void anAliasOfAnUnknownEntityIsAnError() throws IOException {
        writeSet(
                "1,\"EXAMPLE TRADING CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
                "1,10,\"aka\",\"EXAMPLE TRADERS\",-0- \r\n7,11,\"aka\",\"ORPHAN\",-0- \r\n",
                "1,20,-0- ,-0- ,-0- ,-0- \r\n");

        assertThatThrownBy(() -> OfacCsvReader.read(dir, OfacFileSet.SDN))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("alt.csv:2:")
                .hasMessageContaining("entity number 7 is not in the primary file");
    }

    @Test
    void aPrimaryRecordWithoutNameIsAnError() throws IOException {
        writeSet("""
                1,"EXAMPLE TRADING CO",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r
                2,-0- ,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r
                """, "", "");

        assertThatThrownBy(() -> OfacCsvReader.read(dir, OfacFileSet.SDN))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("sdn.csv:2:")
                .hasMessageContaining("has no name");
    }

    private static ListEntry entry(String entityNumber) {
        return sdn.entries().stream()
                .filter(entry -> entityNumber.equals(entry.entityNumber()))
                .findFirst()
                .orElseThrow();
    }

    private void writeSet(String primary, String aliases, String addresses) throws IOException {
        Files.writeString(dir.resolve("sdn.csv"), primary + END_OF_FILE, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("alt.csv"), aliases + END_OF_FILE, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("add.csv"), addresses + END_OF_FILE, StandardCharsets.US_ASCII);
    }
}
