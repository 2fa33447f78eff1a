package org.parley.web.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Proposals over HTTP: a bilingual draft is adopted once each side's leader endorses the same version. */
class ProposalApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void aProposalIsAdoptedWhenEverySideEndorsesTheCurrentVersion(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
            var cnChair = node.seat(node.scenario.cn, Role.CO_CHAIR, "CN Chair");
            var expert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
            ApiClient.Response draft =
                    expert.client().post("/api/v1/groups/" + node.scenario.group.id() + "/proposals", """
                            {"title": "Shared glossary", "texts": {"en": "Adopt the glossary.", "zh": "采用术语表。"},
                             "authoritativeLanguage": "en"}""");
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String proposal = "/api/v1/proposals/" + draft.json().get("id").asLong();
            assertThat(expert.client().post(proposal + "/submission", null).status())
                    .isEqualTo(200);
            String us = "{\"sideId\": " + node.scenario.us.id() + ", \"version\": 1}";
            String cn = "{\"sideId\": " + node.scenario.cn.id() + ", \"version\": 1}";

            ApiClient.Response byExpert = expert.client().post(proposal + "/endorsements", cn);
            ApiClient.Response forOtherSide = cnChair.client().post(proposal + "/endorsements", us);
            usChair.client().post(proposal + "/endorsements", us);
            ApiClient.Response adopted = cnChair.client().post(proposal + "/endorsements", cn);

            assertThat(byExpert.status()).isEqualTo(403);
            assertThat(forOtherSide.status()).isEqualTo(403);
            assertThat(adopted.json().get("status").asString()).isEqualTo("ADOPTED");
            assertThat(expert.client()
                            .get(proposal + "/versions/1")
                            .json()
                            .get("zh")
                            .asString())
                    .isEqualTo("采用术语表。");
        }
    }
}
