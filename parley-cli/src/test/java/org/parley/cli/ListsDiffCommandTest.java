package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;
import tools.jackson.databind.JsonNode;

/** {@code parley lists diff} on real list files and on stored snapshots. */
class ListsDiffCommandTest {
    @TempDir
    Path temp;

    private String data() {
        return temp.resolve("data").toString();
    }

    private static String file(String relative) {
        return SharedData.file(relative).toString();
    }

    @Test
    void twoListFilesAreComparedPerListInTextAndJson() {
        String sample2025 = file("csl/samples/consolidated.csv");
        String csl2026 = file("csl/consolidated-2026-07-31.csv");

        CliRun text = CliRun.of("lists", "diff", "--data", data(), "--limit", "5", sample2025, csl2026);
        CliRun json = CliRun.of("lists", "diff", "--data", data(), "--json", sample2025, csl2026);

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("note: not compared, only in the older snapshot: FSE")
                .contains("EL      1 → 3420 entries: 3419 added, 0 removed, 1 changed")
                .contains("~ China Electronics Technology Group Corporation 13th Research Institute (CETC 13)")
                .contains("licence requirement: 'For all items subject to the EAR")
                .contains("… 3414 more (--limit 0 shows all)");
        assertThat(json.exitCode()).isZero();
        JsonNode digest = HitJson.JSON.readTree(json.out());
        assertThat(digest.get("incompatibility").isNull()).isTrue();
        JsonNode entityList = digest.get("lists")
                .valueStream()
                .filter(list -> list.get("listCode").asString().equals("EL"))
                .findFirst()
                .orElseThrow();
        assertThat(entityList.get("added")).hasSize(3419);
        assertThat(entityList
                        .get("changed")
                        .get(0)
                        .get("changes")
                        .valueStream()
                        .map(change -> change.get("field").asString()))
                .contains("ALIASES", "LICENSE_REQUIREMENT");
    }

    @Test
    void storedUpdatesAreComparedByDefaultAndDifferentListFamiliesAreRefused() {
        CliRun first = CliRun.of("lists", "import", "--data", data(), file("ofac/sdn_2021-07"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun onlyOne = CliRun.of("lists", "diff", "--data", data());
        assertThat(onlyOne.exitCode()).isEqualTo(2);
        assertThat(onlyOne.err()).contains("only one list snapshot is stored");

        CliRun second = CliRun.of("lists", "import", "--data", data(), file("ofac/cons_2025-12"));
        assertThat(second.out()).contains("not compared with").contains("different list families");
        CliRun refused = CliRun.of("lists", "diff", "--data", data());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("cannot compare")
                .contains("the older holds SDN, the newer CAP, CMIC, NS-MBS, PLC, SSI");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void anImportReportsWhatChangedAndTheDiffOfStoredSnapshotsMatchesIt() {
        CliRun.of("lists", "import", "--data", data(), file("csl/samples/csl.csv"));
        CliRun update = CliRun.of("lists", "import", "--data", data(), file("csl/samples/consolidated.csv"));

        assertThat(update.out()).contains("changes against ").contains("EL      22 → 1 entries");
        CliRun diff = CliRun.of("lists", "diff", "--data", data(), "--json");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        CliRun stored = CliRun.of("lists", "diff", "--data", data(), "--limit", "0");
        assertThat(stored.out()).contains("older: ").contains("newer: ").contains("- ");
        CliRun unknown = CliRun.of("lists", "diff", "--data", data(), "no-such-snapshot");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'no-such-snapshot' is neither a stored snapshot id");
    }
}
