package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequestReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of decision scenarios in scenarios.jsonl: each line is a contract request with the expected
 * outcome and the citation that decides it, screened against the hand-written fixture lists.
 */
class DecisionScenarioTest {
    private static final DecisionEngine ENGINE =
            new DecisionEngine(Regulations.load(), new ExactNameScreener(FixtureLists.snapshot()));
    private static final DecisionRequestReader READER = new DecisionRequestReader();

    record Scenario(String name, JsonNode line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios() {
        var json = JsonMapper.builder().build();
        List<Scenario> scenarios = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DecisionScenarioTest.class.getResourceAsStream("scenarios.jsonl")),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    scenarios.add(new Scenario(node.path("name").asString(), node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scenarios;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesAsExpected(Scenario scenario) {
        JsonNode line = scenario.line();
        Determination determination = ENGINE.decide(READER.read(line.path("request")));

        String explanation = scenario.name() + "\n"
                + String.join(
                        "\n",
                        determination.trace().stream()
                                .map(t -> t.step() + " | " + t.rule() + " | " + t.result())
                                .toList());
        assertThat(determination.outcomeCode())
                .as(explanation)
                .isEqualTo(line.path("expect").asString());
        assertThat(determination.citations())
                .as(explanation)
                .contains(line.path("cite").asString());
        if (line.has("also")) {
            assertThat(determination.citations())
                    .as(explanation)
                    .contains(line.path("also").asString());
        }
        if (line.has("absent")) {
            assertThat(determination.citations())
                    .as(explanation)
                    .doesNotContain(line.path("absent").asString());
        }
        if (line.has("auth")) {
            assertThat(determination.authorization())
                    .as(explanation)
                    .isEqualTo(line.path("auth").asString());
        }
        if (line.has("policy")) {
            assertThat(determination.licensePolicy())
                    .as(explanation)
                    .isEqualTo(line.path("policy").asString());
        }
        assertThat(determination.trace()).isNotEmpty();
        assertThat(determination.rulesAsOf()).isEqualTo(LocalDate.of(2026, 7, 23));
        assertThat(determination.listsAsOf()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void tableHasAtLeastSixtyScenarios() {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(60);
    }
}
