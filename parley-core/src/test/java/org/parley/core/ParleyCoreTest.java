package org.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parley.core.access.Role;
import org.parley.core.channels.Channel;
import org.parley.core.channels.Priority;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.groups.Side;
import org.parley.core.members.Member;
import org.parley.core.members.NewMember;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.ExactNameScreener;
import org.parley.core.testing.TestClock;
import org.parley.screening.lists.ListSnapshot;

class ParleyCoreTest {

    @DatabaseTest
    void wiresTheServicesAndTheBackgroundEscalationRun(Database database) throws InterruptedException {
        TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
        CountDownLatch escalated = new CountDownLatch(1);
        ExactNameScreener screener = new ExactNameScreener(ListSnapshot.empty());
        ParleyCore core = ParleyCore.create(database, clock, () -> screener, 0.9, escalation -> escalated.countDown());
        Actor admin = Actor.user(core.accounts()
                .bootstrapAdmin("a@example.org", "Admin", "admin password 1")
                .id());
        long groupId = core.groups()
                .createGroup(admin, new NewGroup("WG", "c", List.of(new NewSide("US", 5), new NewSide("CN", 5))))
                .id();
        List<Side> sides = core.groups().sides(admin, groupId);
        Actor sender = Actor.user(core.accounts()
                .createUser(admin, "s@example.org", "Sender", "sender password 1", false)
                .id());
        Member member = core.members()
                .addMember(
                        admin,
                        new NewMember(
                                sides.get(0).id(),
                                ((Actor.UserActor) sender).userId(),
                                "Sender",
                                "Org",
                                "s@example.org",
                                "en",
                                "America/New_York",
                                Role.EXPERT,
                                List.of("US"),
                                List.of()));
        Channel channel = core.channels()
                .open(
                        admin,
                        groupId,
                        "Main",
                        Set.of(sides.get(0).id(), sides.get(1).id()));
        core.messages()
                .send(Actor.user(member.userId()), channel.id(), sides.get(0).id(), Priority.URGENT, "s", "b", null);
        clock.advance(Duration.ofHours(5));

        try (var scheduler = core.escalations()) {
            scheduler.start(Duration.ofMillis(50));
            assertThat(escalated.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(core.auditVerifier().verify().intact()).isTrue();
    }
}
