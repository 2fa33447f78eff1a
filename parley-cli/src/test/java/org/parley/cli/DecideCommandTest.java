package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;
import org.parley.testing.SharedData;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecideCommandTest {
    private static final ListEntry DENIED = new ListEntryBuilder()
            .id("dpl-1")
            .listCode("DPL")
            .name("Jane Q. Denied")
            .federalRegisterNotice("71 F.R. 100 1/3/06")
            .build();
    private static final String HUAWEI_STANDARDS = """
            {"id":"r1","date":"2026-10-01","item":{"kind":"technology","eccn":"5E002","forEccn":"5A002.a"},\
            "recipient":{"name":"Example Telecom Co.","kind":"organization","country":"CN"},\
            "releaseCountry":"CN","purpose":"standards","standards":{"intendedForPublication":true}}""";

    private final StringWriter out = new StringWriter();

    @Test
    void decidesOneRequestAsContractJson() throws Exception {
        int exit = run(HUAWEI_STANDARDS, "--json", "-");

        JsonNode response = JsonMapper.builder().build().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(response.path("id").asString()).isEqualTo("r1");
        assertThat(response.path("outcome").asString()).isEqualTo("NOT_SUBJECT");
        assertThat(response.path("citations").get(0).asString()).isEqualTo("15 CFR 734.10(b)");
        assertThat(response.path("rulesAsOf").asString()).isEqualTo("2026-07-23");
        assertThat(response.path("listsAsOf").asString()).isEqualTo("2026-07-31");
        assertThat(response.has("authorization")).isTrue();
        assertThat(response.path("trace").size()).isPositive();
    }

    @Test
    void batchGoesOnPastABadLineAndExitsNonZero() throws Exception {
        String batch = String.join(
                "\n",
                HUAWEI_STANDARDS,
                "{\"id\":\"r2\",\"item\":{\"kind\":\"technology\",\"eccn\":\"EAR99\"},\"recipient\":{\"name\":\"A\",\"country\":\"DE\"}}",
                "this is not json",
                "{\"id\":\"r4\",\"date\":\"2026-01-05\",\"item\":{\"kind\":\"technology\",\"eccn\":\"EAR99\"},"
                        + "\"recipient\":{\"name\":\"Jane Q. Denied\",\"kind\":\"person\",\"country\":\"MX\"}}");

        int exit = run(batch, "--json");

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).isEqualTo(DecideCommand.INVALID_REQUEST);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("\"id\":\"r2\"").contains("\"field\":\"date\"");
        assertThat(lines.get(2)).contains("\"error\"");
        assertThat(lines.get(3)).contains("\"outcome\":\"PROHIBITED\"").contains("15 CFR 736.2(b)(4)");
    }

    @Test
    void invalidFieldsAreNamed() throws Exception {
        run(
                "{\"date\":\"2026-01-05\",\"item\":{\"kind\":\"gadget\",\"eccn\":\"EAR99\"},\"recipient\":{\"name\":\"A\",\"country\":\"DE\"}}",
                "--json");
        assertThat(out.toString()).contains("\"field\":\"item.kind\"").contains("gadget");
    }

    @Test
    void explainsInReadableFormFromAFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("request.json");
        Files.writeString(file, HUAWEI_STANDARDS.replace("5A002.a", "5A004"), StandardCharsets.UTF_8);

        int exit = run("", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .startsWith("r1: LICENSE_REQUIRED")
                .contains("Citations: 15 CFR 738.4 (NS1)")
                .contains("Why:")
                .contains("[jurisdiction] 15 CFR 734.10(b): does not apply: 5E002 for 5A004")
                .contains("Rules as of 2026-07-23, lists as of 2026-07-31");
    }

    @Test
    void screensWithTheNameMatcherOverTheGivenLists(@TempDir Path folder) throws Exception {
        Path sample = SharedData.file("csl/samples/consolidated.csv");
        Path requests = folder.resolve("requests.jsonl");
        Files.writeString(
                requests,
                String.join(
                        "\n",
                        "{\"id\":\"dpl\",\"date\":\"2026-01-05\",\"item\":{\"kind\":\"technology\",\"eccn\":\"EAR99\"},"
                                + "\"recipient\":{\"name\":\"I. Ash\",\"kind\":\"person\",\"country\":\"US\",\"usStatus\":\"citizen\"},"
                                + "\"releaseCountry\":\"US\"}",
                        "{\"id\":\"cetc\",\"date\":\"2026-01-05\",\"item\":{\"kind\":\"technology\",\"eccn\":\"EAR99\"},"
                                + "\"recipient\":{\"name\":\"China Electronics Technology Group Corporation 13th Research Institute\","
                                + "\"country\":\"CN\"}}"),
                StandardCharsets.UTF_8);

        int exit = new CommandLine(new DecideCommand())
                .setOut(new PrintWriter(out, true))
                .execute("--json", "--lists", sample.toString(), requests.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).isZero();
        assertThat(lines.get(0)).contains("\"outcome\":\"PROHIBITED\"").contains("\"list\":\"DPL\"");
        assertThat(lines.get(1)).contains("\"outcome\":\"LICENSE_REQUIRED\"").contains("15 CFR 744.11");
    }

    @Test
    void aMissingRequestFileIsBadInput() {
        var err = new StringWriter();
        int exit = ParleyCommand.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute("decide", "--lists", "unused", "no-such-file.json");
        assertThat(exit).isEqualTo(DecideCommand.BAD_INPUT);
        assertThat(err.toString()).contains("request file not found");
    }

    private int run(String stdin, String... args) {
        var command = new DecideCommand(
                chosen -> new OneEntryScreener(DENIED),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CommandLine(command).setOut(new PrintWriter(out, true)).execute(args);
    }

    /** Finds its one entry by exact name; enough to drive the command without the matcher. */
    private record OneEntryScreener(ListEntry entry) implements Screener {
        @Override
        public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
            return query.name().equalsIgnoreCase(entry.name())
                    ? List.of(new ScreeningHit(entry, entry.name(), 1.0, List.of("exact")))
                    : List.of();
        }

        @Override
        public ListSnapshot snapshot() {
            return ListSnapshot.of(List.of(entry), LocalDate.of(2026, 7, 31), List.of());
        }
    }
}
