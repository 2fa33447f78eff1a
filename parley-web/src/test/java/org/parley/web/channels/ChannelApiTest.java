package org.parley.web.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Channels over HTTP: a message between sides is acknowledged by the receiving side only. */
class ChannelApiTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void aMessageIsAcknowledgedByTheReceivingSideAndFoundBySearch(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
            var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
            long us = node.scenario.us.id();
            long cn = node.scenario.cn.id();
            ApiClient.Response channel = usChair.client()
                    .post(
                            "/api/v1/groups/" + node.scenario.group.id() + "/channels",
                            "{\"name\": \"Co-chairs\", \"sideIds\": [" + us + ", " + cn + "]}");
            assertThat(channel.status()).as(channel.body()).isEqualTo(201);
            String messages = "/api/v1/channels/" + channel.json().get("id").asLong() + "/messages";

            ApiClient.Response sent = usChair.client().post(messages, """
                    {"senderSideId": %d, "priority": "HIGH", "subject": "Draft agenda",
                     "body": "Please confirm the agenda.", "acknowledgementWindow": "PT48H"}""".formatted(us));
            String acknowledgements =
                    "/api/v1/messages/" + sent.json().get("id").asLong() + "/acknowledgements";
            ApiClient.Response bySender = usChair.client().post(acknowledgements, "{\"sideId\": " + us + "}");
            ApiClient.Response byReceiver = cnExpert.client().post(acknowledgements, "{\"sideId\": " + cn + "}");
            ApiClient.Response found =
                    cnExpert.client().get("/api/v1/groups/" + node.scenario.group.id() + "/messages?text=agenda");

            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(sent.json().get("acknowledgementDeadline").asString()).isEqualTo("2026-09-03T08:00:00Z");
            assertThat(bySender.status()).isEqualTo(403);
            assertThat(byReceiver.status()).isEqualTo(200);
            assertThat(cnExpert.client()
                            .get(messages)
                            .json()
                            .get(0)
                            .get("acknowledgedBySides")
                            .get(0)
                            .asLong())
                    .isEqualTo(cn);
            assertThat(found.json()).hasSize(1);
            assertThat(cnExpert.client()
                            .post(messages, "{\"senderSideId\": " + cn + "}")
                            .status())
                    .isEqualTo(400);
        }
    }
}
