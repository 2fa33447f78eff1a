package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class UnXmlReaderTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    private static ListSnapshot un;

    @TempDir
    Path dir;

    @BeforeAll
    static void readList() {
        un = UnXmlReader.read(SharedData.file("un/UN_consolidated_2026-02-27.xml"));
    }

    @Test
    void readsIndividualsAndEntitiesWithTheGenerationDate() {
        assertThat(un.entries())
                .filteredOn(entry -> entry.type() == PartyType.PERSON)
                .hasSize(730);
        assertThat(un.entries())
                .filteredOn(entry -> entry.type() == PartyType.ORGANIZATION)
                .hasSize(273);
        assertThat(un.size()).isEqualTo(1_003);
        assertThat(un.entries())
                .allSatisfy(entry -> assertThat(entry.listCode()).isEqualTo("UN"));
        assertThat(un.asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(un.entries().stream().flatMap(entry -> entry.aliases().stream()))
                .as("2,752 non-empty aliases and 378 original-script names")
                .hasSize(2_752 + 378);
    }

    @Test
    void joinsNamePartsAndAddsTheOriginalScriptNameAsAlias() {
        ListEntry saddam = entry("IQi.001");

        assertThat(saddam.name()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
        assertThat(saddam.aliases()).contains(Alias.strong("صدام حسين التكريتي"));
        assertThat(saddam.programs()).containsExactly("Iraq");
    }

    @Test
    void lowQualityAliasesAreWeak() {
        ListEntry entry = entry("CDi.003");

        assertThat(entry.aliases()).contains(new Alias("Rumuli", true));
        assertThat(un.entries().stream().flatMap(e -> e.aliases().stream()).filter(Alias::weak))
                .hasSize(615);
    }

    @Test
    void readsListingDateAddressesAndNationalities() {
        ListEntry entry = entry("CDi.002");

        assertThat(entry.startDate()).isEqualTo(LocalDate.of(2005, 11, 1));
        assertThat(entry.addresses()).containsExactly(new Address(null, "Kinshasa", null, null, "CD"));
        assertThat(entry.countries()).containsExactly("CD");
        assertThat(entry.remarks()).startsWith("Left the CNDP in January 2008.");
    }

    @Test
    void rejectsAnExternalEntityWithoutReadingIt() throws IOException {
        Path file = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
                <FIRST_NAME>&secret;</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """);

        assertTimeoutPreemptively(
                NO_HANG,
                () -> assertThatThrownBy(() -> UnXmlReader.read(file))
                        .isInstanceOf(ListFileException.class)
                        .hasMessageContaining(file.toString()));
    }

    @Test
    void rejectsAnEntityExpansionBombQuickly() throws IOException {
        var doctype = new StringBuilder("<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"");
            doctype.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        Path file = write("<?xml version=\"1.0\"?>" + doctype
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");

        assertTimeoutPreemptively(
                NO_HANG, () -> assertThatThrownBy(() -> UnXmlReader.read(file)).isInstanceOf(ListFileException.class));
    }

    @Test
    void invalidXmlNamesTheLine() throws IOException {
        Path file = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
                <INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</WRONG>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """);

        assertThatThrownBy(() -> UnXmlReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":4:")
                .hasMessageContaining("invalid XML");
    }

    @Test
    void aRecordWithoutNameIsAnError() throws IOException {
        Path file = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><ENTITIES>
                <ENTITY><FIRST_NAME/><REFERENCE_NUMBER>X.2</REFERENCE_NUMBER></ENTITY>
                </ENTITIES></CONSOLIDATED_LIST>
                """);

        assertThatThrownBy(() -> UnXmlReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("X.2 has no name");
    }

    @Test
    void anotherXmlDocumentIsNotAUnList() throws IOException {
        Path file = write("<?xml version=\"1.0\"?><sdnList/>");

        assertThatThrownBy(() -> UnXmlReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("not a UN consolidated list");
    }

    private static ListEntry entry(String reference) {
        return un.entries().stream()
                .filter(entry -> entry.id().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(dir.resolve("un.xml"), xml, StandardCharsets.UTF_8);
    }
}
