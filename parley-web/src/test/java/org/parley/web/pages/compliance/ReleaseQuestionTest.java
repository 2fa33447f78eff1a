package org.parley.web.pages.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.rules.request.InvalidRequestException;

class ReleaseQuestionTest {

    private static ReleaseQuestion withOwners(String owners) {
        return new ReleaseQuestion(
                "2026-09-01",
                "TECHNOLOGY",
                "EAR99",
                "",
                "",
                "Shenzhen Example Devices Co., Ltd.",
                "ORGANIZATION",
                "CN",
                "",
                "",
                "",
                owners,
                "CN",
                "STANDARDS",
                true,
                false,
                "",
                Set.of());
    }

    @Test
    void eachOwnerLineBecomesAnOwnerWithItsShare() {
        DecisionRequest request = new DecisionRequestReader()
                .read(withOwners("Huawei Technologies Co., Ltd., 60\n\n  Example Holdings 25.5 %  \n")
                        .toJson());

        assertThat(request.recipient().owners())
                .containsExactly(
                        new DecisionRequest.Owner("Huawei Technologies Co., Ltd.", 60),
                        new DecisionRequest.Owner("Example Holdings", 25.5));
    }

    @Test
    void anOwnerWithoutAShareIsRefusedNamingTheField() {
        var json = withOwners("Example Holdings").toJson();

        assertThatThrownBy(() -> new DecisionRequestReader().read(json))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("recipient.owners[0].percent");
    }

    @Test
    void noOwnersMeansNoOwnersField() {
        assertThat(withOwners("  \n").toJson().path("recipient").has("owners")).isFalse();
    }
}
