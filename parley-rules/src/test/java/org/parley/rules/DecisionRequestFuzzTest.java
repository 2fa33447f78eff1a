package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.rules.request.InvalidRequestException;
import org.parley.testing.FuzzCorpus;

/**
 * Hostile decision requests: any text ends in a determination or an {@link InvalidRequestException}
 * naming the field, never another exception or a hang. Requests that read cleanly are decided too, so
 * the engine also meets every odd value the reader lets through.
 */
class DecisionRequestFuzzTest {
    private static final DecisionEngine ENGINE =
            new DecisionEngine(Regulations.load(), new ExactNameScreener(FixtureLists.snapshot()));
    private static final DecisionRequestReader READER = new DecisionRequestReader();

    @FuzzTest(maxDuration = "60s")
    void readAndDecide(byte[] data) {
        DecisionRequest request;
        try {
            request = READER.read(new String(data, StandardCharsets.UTF_8));
        } catch (InvalidRequestException invalid) {
            assertThat(invalid.field()).isNotBlank();
            return;
        }
        try {
            Determination determination = ENGINE.decide(request);
            assertThat(determination.outcome()).isNotNull();
            assertThat(DeterminationJson.write(DeterminationJson.toJson(determination)))
                    .startsWith("{");
        } catch (InvalidRequestException invalid) {
            // e.g. an ECCN that is not on the Commerce Control List
            assertThat(invalid.field()).isNotBlank();
        }
    }

    @Test
    void seededMutants() {
        FuzzCorpus.runMutants(getClass(), "readAndDecide", 20_261_001L, 2_000, this::readAndDecide);
    }
}
