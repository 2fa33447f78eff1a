package org.parley.core.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class ChannelMessagingTest {

    private record Setup(
            Scenario scenario,
            ChannelService channels,
            MessageService messages,
            Channel channel,
            Actor usExpert,
            Actor cnExpert,
            Member usHead,
            Member cnHead) {

        /** The US expert writes on the plenary channel, with the default acknowledgement deadline. */
        Message usSends(Priority priority, String subject, String body) {
            return messages.send(usExpert, channel.id(), scenario.us.id(), priority, subject, body, null);
        }

        /** The Chinese expert writes on the plenary channel, with the default acknowledgement deadline. */
        Message cnSends(Priority priority, String subject, String body) {
            return messages.send(cnExpert, channel.id(), scenario.cn.id(), priority, subject, body, null);
        }
    }

    private static Setup setup(Database database) {
        Scenario scenario = new Scenario(database);
        ChannelService channels = new ChannelService(database.jdbi(), scenario.clock, scenario.audit);
        Member usHead = scenario.seat(scenario.us, Role.CO_CHAIR, "US Head");
        Member cnHead = scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Head");
        scenario.members.appointHead(scenario.admin, scenario.us.id(), usHead.id());
        scenario.members.appointHead(scenario.admin, scenario.cn.id(), cnHead.id());
        Channel channel = channels.open(
                scenario.admin, scenario.group.id(), "Plenary", Set.of(scenario.us.id(), scenario.cn.id()));
        return new Setup(
                scenario,
                channels,
                new MessageService(database.jdbi(), scenario.clock, scenario.audit),
                channel,
                Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert")),
                Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert")),
                usHead,
                cnHead);
    }

    @DatabaseTest
    void pendingAcknowledgementsAreWhatTheViewersSideHasNotYetAcknowledged(Database database) {
        Setup s = setup(database);
        Message urgent = s.usSends(Priority.URGENT, "Shipment held", "Please confirm the licence number.");
        Message acknowledged = s.usSends(Priority.URGENT, "Agenda", "Please confirm.");
        Message archived = s.usSends(Priority.HIGH, "Old", "Superseded.");
        s.messages.acknowledge(s.cnExpert, acknowledged.id(), s.scenario.cn.id());
        s.messages.archive(s.usExpert, archived.id());
        long group = s.scenario.group.id();

        assertThat(s.messages.pendingAcknowledgements(s.cnExpert, group))
                .containsExactly(new PendingAcknowledgement(
                        s.channel.id(),
                        "Plenary",
                        urgent.id(),
                        "Shipment held",
                        s.scenario.cn.id(),
                        Priority.URGENT,
                        urgent.acknowledgementDeadline()));
        assertThat(s.messages.messages(s.cnExpert, s.channel.id(), true))
                .extracting(Message::id, Message::acknowledgedBySides)
                .containsExactly(
                        tuple(urgent.id(), Set.of()),
                        tuple(acknowledged.id(), Set.of(s.scenario.cn.id())),
                        tuple(archived.id(), Set.of()));
        // The sending side owes nothing; an administrator without a seat has no side to answer for.
        assertThat(s.messages.pendingAcknowledgements(s.usExpert, group)).isEmpty();
        assertThat(s.messages.pendingAcknowledgements(s.scenario.admin, group)).isEmpty();
    }

    @DatabaseTest
    void missedAcknowledgementIsEscalatedOnceToBothHeads(Database database) {
        Setup s = setup(database);
        List<Escalation> notified = new ArrayList<>();
        EscalationScheduler scheduler =
                new EscalationScheduler(database.jdbi(), s.scenario.clock, s.scenario.audit, notified::add);
        Message urgent = s.usSends(Priority.URGENT, "Shipment held", "Please confirm the export licence number.");
        Message acknowledged = s.usSends(Priority.URGENT, "Agenda", "Please confirm.");
        s.usSends(Priority.LOW, "FYI", "No reply needed.");
        assertThat(urgent.acknowledgementDeadline())
                .isEqualTo(s.scenario.clock.instant().plus(Duration.ofHours(4)));

        s.scenario.clock.advance(Duration.ofHours(3));
        s.messages.acknowledge(s.cnExpert, acknowledged.id(), s.scenario.cn.id());
        assertThat(scheduler.runOnce()).isEmpty();

        s.scenario.clock.advance(Duration.ofHours(2));
        List<Escalation> escalations = scheduler.runOnce();

        assertThat(escalations).singleElement().satisfies(escalation -> {
            assertThat(escalation.messageId()).isEqualTo(urgent.id());
            assertThat(escalation.sideId()).isEqualTo(s.scenario.cn.id());
            assertThat(escalation.sideHeadMemberId()).isEqualTo(s.cnHead.id());
            assertThat(escalation.senderHeadMemberId()).isEqualTo(s.usHead.id());
        });
        assertThat(notified).isEqualTo(escalations);
        s.scenario.clock.advance(Duration.ofHours(1));
        assertThat(scheduler.runOnce()).isEmpty();
        assertThat(scheduler.escalations(urgent.id())).isEqualTo(escalations);
        assertThat(s.scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void onlyTheReceivingSideAcknowledgesAndOnlyOnce(Database database) {
        Setup s = setup(database);
        Message message = s.messages.send(
                s.usExpert, s.channel.id(), s.scenario.us.id(), Priority.HIGH, "Subject", "Body", Duration.ofHours(1));

        assertThatThrownBy(() -> s.messages.acknowledge(s.usExpert, message.id(), s.scenario.us.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.messages.acknowledge(s.usExpert, message.id(), s.scenario.cn.id()))
                .isInstanceOf(ForbiddenException.class);
        Message acknowledged = s.messages.acknowledge(s.cnExpert, message.id(), s.scenario.cn.id());
        assertThat(acknowledged.acknowledgedBySides()).containsExactly(s.scenario.cn.id());
        assertThatThrownBy(() -> s.messages.acknowledge(s.cnExpert, message.id(), s.scenario.cn.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        s.messages.send(s.cnExpert, s.channel.id(), s.scenario.us.id(), Priority.LOW, "x", "y", null))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void onlyTheSenderItsSidesLeadersAndTheGroupsManagersArchiveAMessage(Database database) {
        Setup s = setup(database);
        Message sent = s.usSends(Priority.NORMAL, "Plan", "v1");
        Actor otherUsExpert = Scenario.actorOf(s.scenario.seat(s.scenario.us, Role.OBSERVER, "US Observer"));

        assertThatThrownBy(() -> s.messages.archive(s.cnExpert, sent.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.messages.archive(otherUsExpert, sent.id())).isInstanceOf(ForbiddenException.class);
        assertThat(s.messages.messages(s.cnExpert, s.channel.id(), false)).hasSize(1);
        assertThat(s.messages.archive(Scenario.actorOf(s.usHead), sent.id()).archivedAt())
                .isNotNull();
        assertThat(s.messages.messages(s.cnExpert, s.channel.id(), false)).isEmpty();
    }

    @DatabaseTest
    void archivedMessagesLeaveTheListButStaySearchable(Database database) {
        Setup s = setup(database);
        Message old = s.usSends(Priority.NORMAL, "Test plan 100% ready", "Draft attached.");
        s.cnSends(Priority.NORMAL, "Reply", "The TEST PLAN looks fine.");
        s.cnSends(Priority.NORMAL, "Other", "Lunch at 12.");

        s.messages.archive(s.usExpert, old.id());

        assertThat(s.messages.messages(s.cnExpert, s.channel.id(), false))
                .extracting(Message::subject)
                .containsExactly("Reply", "Other");
        assertThat(s.messages.search(s.cnExpert, s.scenario.group.id(), "test plan"))
                .extracting(Message::subject)
                .containsExactlyInAnyOrder("Test plan 100% ready", "Reply");
        assertThat(s.messages.search(s.cnExpert, s.scenario.group.id(), "100%"))
                .extracting(Message::subject)
                .containsExactly("Test plan 100% ready");
        assertThat(s.messages.search(s.cnExpert, s.scenario.group.id(), "0%_")).isEmpty();
    }

    @DatabaseTest
    void outsidersOfTheChannelSeeNothing(Database database) {
        Setup s = setup(database);
        Actor observer = Scenario.actorOf(s.scenario.seat(s.scenario.cn, Role.OBSERVER, "CN Observer"));
        Channel usInternal = s.channels.open(
                s.scenario.admin, s.scenario.group.id(), "Technical", Set.of(s.scenario.us.id(), s.scenario.cn.id()));
        s.messages.send(s.usExpert, usInternal.id(), s.scenario.us.id(), Priority.LOW, "Hello", "World", null);

        assertThatThrownBy(() -> s.messages.messages(s.scenario.admin, usInternal.id(), true))
                .isInstanceOf(ForbiddenException.class);
        assertThat(s.channels.channels(observer, s.scenario.group.id())).hasSize(2);
        assertThat(s.channels.channel(observer, usInternal.id()).name()).isEqualTo("Technical");
        assertThatThrownBy(() -> s.channels.channel(s.scenario.admin, usInternal.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        s.channels.open(s.scenario.admin, s.scenario.group.id(), "Solo", Set.of(s.scenario.us.id())))
                .isInstanceOf(ValidationException.class);
        s.channels.archive(s.scenario.admin, usInternal.id());
        assertThatThrownBy(() ->
                        s.messages.send(s.usExpert, usInternal.id(), s.scenario.us.id(), Priority.LOW, "x", "y", null))
                .isInstanceOf(ConflictException.class);
    }
}
