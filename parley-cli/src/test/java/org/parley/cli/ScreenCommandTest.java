package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScreenCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String csl;

    @BeforeAll
    static void lists() {
        csl = SharedData.file("csl/consolidated-2026-07-31.csv").toString();
    }

    @Test
    void aChineseNameFindsItsEntityListEntryAsJson() {
        CliRun run = CliRun.of("screen", "--lists", csl, "--json", "华为技术有限公司");

        assertThat(run.exitCode()).isZero();
        JsonNode line = JSON.readTree(run.out());
        assertThat(line.path("query").asString()).isEqualTo("华为技术有限公司");
        JsonNode top = line.path("hits").get(0);
        assertThat(top.path("score").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(line.path("hits")
                        .valueStream()
                        .map(hit -> hit.path("list").asString() + " "
                                + hit.path("name").asString()))
                .contains("EL Huawei Technologies Co., Ltd.");
        assertThat(top.path("explanation").toString()).contains("han→latin");
    }

    @Test
    void hitsAreSortedBestFirst() {
        CliRun run = CliRun.of("screen", "--lists", csl, "--json", "--threshold", "0.5", "Rosoboronexport");

        JsonNode hits = JSON.readTree(run.out()).path("hits");
        assertThat(hits.size()).isGreaterThan(1);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i - 1).path("score").asDouble())
                    .isGreaterThanOrEqualTo(hits.get(i).path("score").asDouble());
        }
    }

    @Test
    void theTableNamesListAndScore() {
        CliRun run = CliRun.of("screen", "--lists", csl, "Hikvision");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Hangzhou Hikvision Digital Technology Co., Ltd.")
                .contains("EL");
    }

    @Test
    void aBatchStreamsOneLinePerInputAndFlagsMalformedLines() {
        String input = """
                {"id": "q1", "name": "Huawei Technologies Co., Ltd.", "country": "CN", "type": "organization"}
                {"id": "q2", "name": "Jane Quietly-Unlisted"}
                not json
                {"id": "q4", "country": "CN"}
                {"id": "q5", "name": "SMIC", "country": "ZZ"}
                """;

        CliRun run = CliRun.withInput(input, "screen", "--lists", csl, "--batch", "-", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        var lines = run.out().lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).path("id").asString()).isEqualTo("q1");
        assertThat(lines.get(0).path("hits").size()).isPositive();
        assertThat(lines.get(1).path("hits").size()).isZero();
        assertThat(lines.get(2).path("error").asString()).contains("line 3").contains("invalid JSON");
        assertThat(lines.get(3).path("error").asString()).contains("\"name\" is required");
        assertThat(lines.get(4).path("id").asString()).isEqualTo("q5");
        assertThat(lines.get(4).path("error").asString()).contains("unknown country code 'ZZ'");
    }

    @Test
    void badInputIsRefusedWithExitCode2() {
        assertThat(CliRun.of("screen", "--lists", csl, "--country", "XX", "Huawei")
                        .exitCode())
                .isEqualTo(2);
        CliRun badType = CliRun.of("screen", "--lists", csl, "--type", "robot", "Huawei");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("unknown type 'robot'");
        CliRun missingList =
                CliRun.of("screen", "--lists", Path.of("no", "such.csv").toString(), "Huawei");
        assertThat(missingList.exitCode()).isEqualTo(2);
        assertThat(missingList.err()).contains("such.csv");
    }
}
