package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeterminationJsonTest {
    @Test
    void writesEveryContractField() {
        var determination = new Determination(
                "r1",
                new Outcome.Authorized("15 CFR 744.11(a)(1)"),
                List.of("15 CFR 744.11(a)(1)"),
                List.of(),
                List.of(new Match(
                        "EL", "HUAWEI TECHNOLOGIES CO., LTD.", "HUAWEI TECHNOLOGIES CO., LTD.", 0.97123, "recipient")),
                List.of(new TraceLine("part744", "15 CFR 744.11(a)(1)", "authorizes")),
                LocalDate.of(2026, 7, 23),
                null);

        JsonNode json = DeterminationJson.toJson(determination);

        assertThat(json.propertyNames())
                .containsExactly(
                        "id",
                        "outcome",
                        "authorization",
                        "citations",
                        "licensePolicy",
                        "conditions",
                        "matches",
                        "trace",
                        "rulesAsOf",
                        "listsAsOf");
        assertThat(json.path("outcome").asString()).isEqualTo("AUTHORIZED");
        assertThat(json.path("authorization").asString()).isEqualTo("15 CFR 744.11(a)(1)");
        assertThat(json.path("licensePolicy").isNull()).isTrue();
        assertThat(json.path("matches").get(0).path("score").asDouble()).isEqualTo(0.971);
        assertThat(json.path("listsAsOf").isNull()).isTrue();
    }

    @Test
    void everyOutcomeHasItsContractCode() {
        assertThat(List.of(
                                new Outcome.NotSubject(),
                                new Outcome.NoLicenseRequired(),
                                new Outcome.Authorized("x"),
                                new Outcome.LicenseRequired(null),
                                new Outcome.Prohibited())
                        .stream()
                        .map(Outcome::code))
                .containsExactly("NOT_SUBJECT", "NO_LICENSE_REQUIRED", "AUTHORIZED", "LICENSE_REQUIRED", "PROHIBITED");
    }
}
