package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class BisDplReaderTest {
    private static final String HEADER = "\"" + String.join("\"\t\"", BisDplReader.HEADER) + "\"\n";

    @TempDir
    Path dir;

    @Test
    void readsEveryDeniedPartyWithDates() {
        var dpl = BisDplReader.read(SharedData.file("bis/bis_dpl_2022/dpl.txt"));
        ListEntry ash = dpl.entries().get(0);

        assertThat(dpl.size()).isEqualTo(581);
        assertThat(dpl.entries())
                .allSatisfy(entry -> assertThat(entry.listCode()).isEqualTo("DPL"));
        assertThat(ash.name()).isEqualTo("I. ASH");
        assertThat(ash.startDate()).isEqualTo(LocalDate.of(2003, 6, 19));
        assertThat(ash.endDate()).isEqualTo(LocalDate.of(2056, 6, 29));
        assertThat(ash.addresses()).singleElement().satisfies(address -> {
            assertThat(address.city()).isEqualTo("SEAGOVILLE");
            assertThat(address.region()).isEqualTo("TX");
            assertThat(address.postalCode()).isEqualTo("75159");
            assertThat(address.country()).isEqualTo("US");
        });
        assertThat(dpl.entries()).noneSatisfy(entry -> assertThat(entry.name()).startsWith(" "));
        assertThat(dpl.entries().stream().flatMap(entry -> entry.countries().stream()))
                .doesNotContain("PRC")
                .contains("CN");
        // Ids derive from the content; the file repeats two rows verbatim, which share their id.
        assertThat(dpl.entries().stream().map(ListEntry::id).distinct()).hasSize(579);
    }

    @Test
    void anInvalidDateIsAnErrorOnItsLine() throws IOException {
        Path file = Files.writeString(
                dir.resolve("dpl.txt"),
                HEADER + "\"A PERSON\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"13/45/2020\"\t\"\"\t\"Y\"\t\"\"\t\"\"\t\"\"\n",
                StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> BisDplReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":2:")
                .hasMessageContaining("Effective_Date");
    }

    @Test
    void aWrongHeaderIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("dpl.txt"), "\"Name\"\t\"City\"\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> BisDplReader.read(file))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(file + ":1:");
    }
}
