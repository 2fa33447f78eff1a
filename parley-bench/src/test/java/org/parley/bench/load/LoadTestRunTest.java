package org.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Rows;
import org.parley.screening.lists.PartyType;
import org.parley.web.testing.TestNode;

/** The load generator against a real node: every action in the mix, paced, no errors, ledger and audit intact. */
class LoadTestRunTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void aPacedRunMixesEveryActionWithoutErrorsAndRecordsEveryRelease(Database database) throws Exception {
        try (TestNode node = TestNode.start(database, temp)) {
            node.scenario.listOnEntityList("load-e1", PartyType.ORGANIZATION, "Harbin Institute of Technology");
            var settings = LoadSettings.parse(
                    "--base", "http://127.0.0.1:" + node.server().port(),
                    "--users", "8",
                    "--rate", "60",
                    "--warmup", "1",
                    "--duration", "4",
                    "--mix", "screen=3,decide=2,view=1,page=1,release=2,login=1",
                    "--email", TestNode.ADMIN_EMAIL,
                    "--password", TestNode.ADMIN_PASSWORD);

            String report = LoadTest.run(settings, List.of("Huawei Technologies", "Acme Widgets", "Li Ming"));

            Map<String, Row> rows = rows(report);
            assertThat(rows.keySet())
                    .as(report)
                    .contains("screen", "decide", "view", "page", "release", "login", "total");
            rows.values().forEach(row -> assertThat(row.errors()).as(report).isZero());
            rows.values().forEach(row -> assertThat(row.requests()).as(report).isPositive());
            // 60 req/s offered for 4 s: pacing holds the rate near it (Poisson arrivals, so not exactly).
            assertThat(rows.get("total").perSecond()).as(report).isBetween(35.0, 90.0);
            assertThat(report).contains("sign-in of 8 users", "\"intact\":true");
            // Every release reached the ledger with a row per recipient, warm-up releases included.
            assertThat(Rows.count(database, "release_ledger"))
                    .isGreaterThanOrEqualTo((int) (3 * rows.get("release").requests()));
        }
    }

    /** One row of the report's table. */
    private record Row(String action, long requests, double perSecond, long errors) {}

    private static Map<String, Row> rows(String report) {
        return report.lines()
                .map(line -> line.strip().split("\\s+"))
                .filter(cells -> cells.length == 6 && cells[1].matches("\\d+"))
                .map(cells -> new Row(
                        cells[0], Long.parseLong(cells[1]), Double.parseDouble(cells[2]), Long.parseLong(cells[5])))
                .collect(Collectors.toMap(Row::action, Function.identity()));
    }
}
