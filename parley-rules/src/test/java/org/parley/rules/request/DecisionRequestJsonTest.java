package org.parley.rules.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRequestJsonTest {

    @Test
    void aWrittenRequestReadsBackEqual() {
        DecisionRequest request = new DecisionRequest(
                "r1",
                LocalDate.of(2026, 10, 1),
                new DecisionRequest.Item(
                        ItemKind.TECHNOLOGY, Eccn.parse("5E002"), Eccn.parse("5A002.a"), PublicStatus.UNPUBLISHED),
                new DecisionRequest.Recipient(
                        "Li Wei",
                        RecipientKind.PERSON,
                        "US",
                        List.of("CN"),
                        null,
                        List.of(new DecisionRequest.Owner("Parent Holdings", 60)),
                        "Example Institute"),
                "US",
                Purpose.STANDARDS,
                new DecisionRequest.Standards(true, false, "IETF"),
                Set.of(Knowledge.MILITARY_END_USE));

        String json = DecisionRequestJson.write(request);

        assertThat(new DecisionRequestReader().read(json)).isEqualTo(request);
        assertThat(json)
                .contains("\"eccn\":\"5E002\"", "\"purpose\":\"standards\"", "\"onBehalfOf\":\"Example Institute\"");
    }
}
