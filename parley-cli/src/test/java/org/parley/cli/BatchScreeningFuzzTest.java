package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.screening.Screener;
import org.parley.screening.match.NameScreener;
import org.parley.testing.FuzzCorpus;
import org.parley.testing.TestLists;
import tools.jackson.databind.JsonNode;

/**
 * Hostile {@code parley screen --batch} input: whatever the lines hold, the run answers every
 * non-blank line with a result or an {@code error} line, in order, and never throws or hangs. The
 * names go through the real name matcher (transliteration, segmentation, index).
 */
class BatchScreeningFuzzTest {
    private static final Screener SCREENER = NameScreener.of(TestLists.small());

    @FuzzTest(maxDuration = "60s")
    void batchLines(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        var out = new StringWriter();
        int exitCode;
        try {
            exitCode = new BatchScreening(SCREENER, 0.8, true, new PrintWriter(out))
                    .run(new BufferedReader(new StringReader(input)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> results = out.toString().lines().toList();
        long inputLines = new BufferedReader(new StringReader(input))
                .lines()
                .filter(line -> !line.isBlank())
                .count();
        assertThat(results).as("one answer per non-blank line").hasSize((int) inputLines);
        long errors = results.stream()
                .map(BatchScreeningFuzzTest::parse)
                .filter(r -> r.has("error"))
                .count();
        results.forEach(line ->
                assertThat(parse(line).has("hits") || parse(line).has("error")).isTrue());
        assertThat(exitCode).isEqualTo(errors == 0 ? 0 : 1);
    }

    @Test
    void seededMutants() {
        FuzzCorpus.runMutants(getClass(), "batchLines", 20_260_801L, 400, this::batchLines);
    }

    private static JsonNode parse(String line) {
        return HitJson.JSON.readTree(line);
    }
}
