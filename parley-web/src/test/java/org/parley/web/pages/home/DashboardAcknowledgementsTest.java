package org.parley.web.pages.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.channels.Channel;
import org.parley.core.channels.Message;
import org.parley.core.channels.Priority;
import org.parley.core.system.Actor;
import org.parley.core.testing.Scenario;
import org.parley.web.testing.NodePerTest;

/** The dashboard lists the messages the viewer's side still owes an acknowledgement, until it is given. */
class DashboardAcknowledgementsTest extends NodePerTest {

    @Test
    void anUnacknowledgedMessageIsOnTheReceivingSidesDashboardUntilAcknowledged() {
        var usChair = node.seat(node.scenario.us, Role.CO_CHAIR, "US Chair");
        var cnExpert = node.seat(node.scenario.cn, Role.EXPERT, "CN Expert");
        Actor chair = Scenario.actorOf(usChair.member());
        long cn = node.scenario.cn.id();
        Channel channel = node.core
                .channels()
                .open(chair, node.scenario.group.id(), "Co-chairs line", Set.of(node.scenario.us.id(), cn));
        Message sent = node.core
                .messages()
                .send(chair, channel.id(), node.scenario.us.id(), Priority.URGENT, "Licence number needed", "?", null);

        assertThat(cnExpert.client().get("/").body()).contains("Licence number needed", "Co-chairs line");
        assertThat(usChair.client().get("/").body()).doesNotContain("Licence number needed");

        var acknowledged = cnExpert.client()
                .post("/api/v1/messages/" + sent.id() + "/acknowledgements", "{\"sideId\": " + cn + "}");
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(cnExpert.client().get("/").body()).doesNotContain("Licence number needed");
    }
}
