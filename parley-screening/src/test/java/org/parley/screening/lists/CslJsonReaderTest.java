package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslJsonReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDownloadObjectWithItsDataDate() throws URISyntaxException {
        var snapshot = CslJsonReader.read(fixture());

        assertThat(snapshot.size()).isEqualTo(3);
        assertThat(snapshot.asOf()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(snapshot.sources())
                .containsExactly(new ListSnapshot.SourceFile("CSL-JSON", "csl-download.json", snapshot.asOf(), 3));
        assertThat(snapshot.entries()).extracting(ListEntry::listCode).containsExactly("EL", "SDN", "DPL");
    }

    @Test
    void readsAddressObjectsAliasesAndLicenceFields() throws URISyntaxException {
        ListEntry entry = CslJsonReader.read(fixture()).entries().get(0);

        assertThat(entry.id()).isEqualTo("fixture-el-0001");
        assertThat(entry.aliases()).containsExactly(Alias.strong("Example Photonics"), Alias.strong("示例光电有限公司"));
        assertThat(entry.addresses())
                .containsExactly(
                        new Address("No. 1 Sample Road, Test Park", "Wuhan", "Hubei", "430000", "CN"),
                        new Address("Unit 5, 1 Fixture Street", "Kowloon", null, null, "HK"));
        assertThat(entry.countries()).containsExactly("CN", "HK");
        assertThat(entry.licenseRequirement()).isEqualTo("For all items subject to the EAR.");
        assertThat(entry.licensePolicy()).isEqualTo("Presumption of denial.");
        assertThat(entry.federalRegisterNotice()).isEqualTo("91 FR 10001");
        assertThat(entry.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(entry.sourceUrl()).isEqualTo("https://example.test/entity-list");
    }

    @Test
    void readsTreasuryFieldsAndMapsNonIsoCountries() throws URISyntaxException {
        ListEntry entry = CslJsonReader.read(fixture()).entries().get(1);

        assertThat(entry.name()).isEqualTo("SAMPLE, Person Quoted \"Q\"");
        assertThat(entry.entityNumber()).isEqualTo("90001");
        assertThat(entry.type()).isEqualTo(PartyType.PERSON);
        assertThat(entry.programs()).containsExactly("SDGT", "IFSR");
        assertThat(entry.countries()).containsExactly("TR", "IR");
        assertThat(entry.remarks()).isEqualTo("Fixture record written by hand.");
    }

    @Test
    void readsDenialDates() throws URISyntaxException {
        ListEntry entry = CslJsonReader.read(fixture()).entries().get(2);

        assertThat(entry.startDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(entry.endDate()).isEqualTo(LocalDate.of(2034, 1, 15));
        assertThat(entry.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(entry.countries()).isEmpty();
    }

    @Test
    void readsABareArrayDatedByItsFileName() throws IOException {
        Path file = write("csl-2026-01-02.json", """
                [{"name": "Alpha Example", "source": "Unverified List (UVL) - Bureau of Industry and Security",
                  "alt_names": "Alpha; Alpha Ex", "addresses": "1 Way, Town, AM"}]
                """);

        var snapshot = CslJsonReader.read(file);

        assertThat(snapshot.asOf()).isEqualTo(LocalDate.of(2026, 1, 2));
        ListEntry entry = snapshot.entries().get(0);
        assertThat(entry.listCode()).isEqualTo("UVL");
        assertThat(entry.aliases()).extracting(Alias::name).containsExactly("Alpha", "Alpha Ex");
        assertThat(entry.countries()).containsExactly("AM");
        assertThat(entry.id()).matches("[0-9a-f]{20}");
    }

    @Test
    void invalidJsonNamesTheLine() throws IOException {
        Path file =
                write("broken.json", "{\"results\": [\n{\"name\": \"A\", \"source\": \"X (EL)\"},\n{\"name\": }\n]}");

        assertThatThrownBy(() -> CslJsonReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void aRecordWithoutNameNamesItsLine() throws IOException {
        Path file = write(
                "noname.json",
                "{\"results\": [\n{\"name\": \"A\", \"source\": \"X (EL)\"},\n{\"name\": \"\", \"source\": \"X (EL)\"}\n]}");

        assertThatThrownBy(() -> CslJsonReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("'name'");
    }

    @Test
    void anObjectWithoutResultsIsNotACslDownload() throws IOException {
        Path file = write("other.json", "{\"entities\": []}");

        assertThatThrownBy(() -> CslJsonReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("no \"results\" array");
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(CslJsonReaderTest.class.getResource("csl-download.json").toURI());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
