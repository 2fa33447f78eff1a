package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class CslCsvReaderTest {
    private static final String HEADER = String.join(",", CslCsvReader.HEADER);
    private static final String EL = "Entity List (EL) - Bureau of Industry and Security";

    private static ListSnapshot full;

    @TempDir
    Path dir;

    @BeforeAll
    static void readFullList() {
        full = CslCsvReader.read(SharedData.file("csl/consolidated-2026-07-31.csv"));
    }

    @Test
    void readsEveryRowWithItsListCode() {
        Map<String, Long> perList = full.entries().stream()
                .collect(Collectors.groupingBy(ListEntry::listCode, TreeMap::new, Collectors.counting()));

        assertThat(full.size()).isEqualTo(25_921);
        assertThat(perList)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("SDN", 19_181L),
                        Map.entry("EL", 3_420L),
                        Map.entry("DPL", 1_596L),
                        Map.entry("DTC", 787L),
                        Map.entry("SSI", 286L),
                        Map.entry("UVL", 222L),
                        Map.entry("ISN", 161L),
                        Map.entry("PLC", 78L),
                        Map.entry("MEU", 70L),
                        Map.entry("CMIC", 68L),
                        Map.entry("NS-MBS", 51L),
                        Map.entry("CAP", 1L)));
        assertThat(full.asOf()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(full.sources())
                .containsExactly(
                        new ListSnapshot.SourceFile("CSL-CSV", "consolidated-2026-07-31.csv", full.asOf(), 25_921));
    }

    @Test
    void readsTheEntityListEntryForHuawei() {
        ListEntry huawei = only("Huawei Technologies Co., Ltd.", "EL");

        assertThat(huawei.source()).isEqualTo(EL);
        assertThat(huawei.countries()).containsExactly("HK", "CN");
        assertThat(huawei.addresses()).containsExactly(Address.countryOnly("HK"), Address.countryOnly("CN"));
        assertThat(huawei.licensePolicy()).isEqualTo("Presumption of denial");
        assertThat(huawei.licenseRequirement())
                .isEqualTo("For All Items Subject to the EAR (See §734.9(e)1, and §744.11 of the EAR)2.");
        assertThat(huawei.federalRegisterNotice()).startsWith("84 FR 22963;").endsWith("87 FR 55250");
        assertThat(huawei.entityNumber()).isNull();
        assertThat(huawei.type()).isEqualTo(PartyType.UNKNOWN);
    }

    @Test
    void readsTheTreasuryFieldsOfTheCmicEntryForHuawei() {
        ListEntry huawei = only("HUAWEI TECHNOLOGIES CO., LTD.", "CMIC");

        assertThat(huawei.entityNumber()).isEqualTo("30947");
        assertThat(huawei.programs()).containsExactly("CMIC-EO13959");
        assertThat(huawei.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(huawei.id()).hasSize(56);
    }

    @Test
    void mapsNonIsoCountryValues() {
        assertThat(full.entries().stream().flatMap(entry -> entry.countries().stream()))
                .contains("IM", "MO", "TR")
                .doesNotContain("PRC", "TURKIYE", "MACAU", "MAN, ISLE OF")
                .contains("CRIMEA (OCCUPIED)");
    }

    @Test
    void readsFullAddressesDatesAndNationalitiesOfTheGenuineSample() {
        var sample = CslCsvReader.read(SharedData.file("csl/samples/consolidated.csv"));
        ListEntry rim = sample.entries().stream()
                .filter(entry -> entry.id().equals("52291"))
                .findFirst()
                .orElseThrow();
        ListEntry meu = sample.entries().stream()
                .filter(entry -> entry.listCode().equals("MEU"))
                .findFirst()
                .orElseThrow();

        assertThat(sample.size()).isEqualTo(13);
        assertThat(rim.name()).isEqualTo("RIM, Ryong Nam");
        assertThat(rim.addresses())
                .containsExactly(
                        new Address(null, "Shenyang", null, null, "CN"),
                        new Address(null, "Pyongyang", null, null, "KP"));
        assertThat(rim.countries()).containsExactly("CN", "KP");
        assertThat(meu.startDate()).isEqualTo(LocalDate.of(2020, 12, 23));
        assertThat(meu.addresses())
                .singleElement()
                .satisfies(address -> assertThat(address.country()).isEqualTo("CN"));
        assertThat(sample.entries())
                .anySatisfy(entry -> assertThat(entry.listCode()).isEqualTo("FSE"));
    }

    @Test
    void readsTheOlderLayoutWithoutIdColumn() {
        var sample = CslCsvReader.read(SharedData.file("csl/samples/csl.csv"));
        ListEntry denied = sample.entries().get(0);

        assertThat(sample.size()).isEqualTo(115);
        assertThat(denied.name()).isEqualTo("ADRIAN MANUEL HERNANDEZ");
        assertThat(denied.listCode()).isEqualTo("DPL");
        assertThat(denied.id()).matches("[0-9a-f]{20}");
        assertThat(denied.startDate()).isEqualTo(LocalDate.of(2017, 10, 16));
        assertThat(denied.endDate()).isEqualTo(LocalDate.of(2020, 10, 13));
        assertThat(denied.countries()).isEmpty();
        assertThat(sample.entries().stream().map(ListEntry::id).distinct()).hasSize(115);
    }

    @Test
    void handlesQuotingEmbeddedNewlinesAndAliases() throws IOException {
        Path file =
                write(HEADER + "\n" + row("x1", EL, "Example \"Quoted\"\nWorks", "A One; A Two", "1 Road, Town, CN"));

        ListEntry entry = CslCsvReader.read(file).entries().get(0);

        assertThat(entry.name()).isEqualTo("Example \"Quoted\"\nWorks");
        assertThat(entry.aliases()).containsExactly(Alias.strong("A One"), Alias.strong("A Two"));
        assertThat(entry.addresses()).containsExactly(new Address("1 Road, Town", null, null, null, "CN"));
    }

    @Test
    void rejectsAHeaderWithTheWrongColumnCount() throws IOException {
        Path file = write("_id,source,name\n\"1\",\"x\",\"y\"\n");

        assertRefused(file, 1, "found 3 columns");
    }

    @Test
    void rejectsARowWithTheWrongFieldCount() throws IOException {
        Path file = write(HEADER + "\n" + row("x1", EL, "Fine", "", "") + "\n\"x2\",\"" + EL + "\",\"short\"\n");

        assertRefused(file, 3, "expected 29 fields, found 3");
    }

    @Test
    void rejectsAnUnterminatedQuote() throws IOException {
        Path file = write(HEADER + "\n" + row("x1", EL, "Fine", "", "") + "\n\"x2\",\"" + EL + "\",\"open\n");

        assertRefused(file, 3, "unterminated");
    }

    @Test
    void rejectsARowWithoutName() throws IOException {
        Path file = write(HEADER + "\n" + row("x1", EL, "Fine", "", "") + "\n" + row("x2", EL, " ", "", ""));

        assertRefused(file, 3, "'name'");
    }

    @Test
    void theContentHashIsStableAndSeesASingleChangedByte() throws IOException {
        Path original = SharedData.file("csl/consolidated-2026-07-31.csv");
        byte[] bytes = Files.readAllBytes(original);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("BANK OF KUNLUN");
        bytes[at] = 'D';
        Path changed = Files.write(dir.resolve("consolidated-2026-07-31.csv"), bytes);

        assertThat(CslCsvReader.read(original).contentHash()).isEqualTo(full.contentHash());
        assertThat(CslCsvReader.read(changed).contentHash()).isNotEqualTo(full.contentHash());
    }

    private ListEntry only(String name, String listCode) {
        var matches = full.entries().stream()
                .filter(entry -> entry.name().equals(name) && entry.listCode().equals(listCode))
                .toList();
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    /** A 29-field row with the given id, source, name, alt_names and addresses; other fields empty. */
    private static String row(String id, String source, String name, String altNames, String addresses) {
        var fields = new String[CslCsvReader.HEADER.size()];
        Arrays.fill(fields, "");
        fields[0] = id;
        fields[1] = source;
        fields[5] = name;
        fields[7] = addresses;
        fields[22] = altNames;
        return Arrays.stream(fields)
                .map(field -> "\"" + field.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("list.csv"), text, StandardCharsets.UTF_8);
    }

    /** Reading {@code file} fails with an error naming it, {@code line} and {@code problem}. */
    private static void assertRefused(Path file, int line, String problem) {
        assertThatThrownBy(() -> CslCsvReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":" + line + ":")
                .hasMessageContaining(problem);
    }
}
