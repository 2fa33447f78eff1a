package org.parley.web.pages.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.NodePerTest;

/** The dashboard lists the messages the viewer's side still owes an acknowledgement, until it is given. */
class DashboardAcknowledgementsTest extends NodePerTest {

    @Test
    void anUnacknowledgedMessageIsOnTheReceivingSidesDashboardUntilAcknowledged() {
        var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
        var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
        long us = node.scenario.us.id();
        long cn = node.scenario.cn.id();
        ApiClient.Response channel = usChair.client()
                .post(
                        "/api/v1/groups/" + node.scenario.group.id() + "/channels",
                        "{\"name\": \"Co-chairs line\", \"sideIds\": [" + us + ", " + cn + "]}");
        ApiClient.Response sent = usChair.client()
                .post("/api/v1/channels/" + channel.json().get("id").asLong() + "/messages", """
                        {"senderSideId": %d, "priority": "URGENT", "subject": "Licence number needed",
                         "body": "Please confirm."}""".formatted(us));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        assertThat(cnExpert.client().get("/").body()).contains("Licence number needed", "Co-chairs line");
        assertThat(usChair.client().get("/").body()).doesNotContain("Licence number needed");

        cnExpert.client()
                .post(
                        "/api/v1/messages/" + sent.json().get("id").asLong() + "/acknowledgements",
                        "{\"sideId\": " + cn + "}");
        assertThat(cnExpert.client().get("/").body()).doesNotContain("Licence number needed");
    }
}
