package org.parley.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.parley.core.access.Role;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class ActionsAndOutcomesTest {

    private static Meeting meeting(Scenario scenario, int month) {
        return new MeetingService(scenario.database.jdbi(), scenario.clock, scenario.audit)
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.of(2026, month, 1, 9, 0),
                        120,
                        new Venue(null, "Geneva", "Europe/Zurich", "", ""));
    }

    @DatabaseTest
    void actionItemsAreTrackedAcrossMeetingsUntilDone(Database database) {
        Scenario scenario = new Scenario(database);
        ActionService actions = new ActionService(database.jdbi(), scenario.clock, scenario.audit);
        Member owner = scenario.seat(scenario.cn, Role.EXPERT, "Owner");
        Actor other = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Other"));
        Meeting first = meeting(scenario, 3);
        Meeting second = meeting(scenario, 9);

        ActionItem item =
                actions.create(scenario.admin, owner.id(), first.id(), "Circulate test plan", LocalDate.of(2026, 6, 1));
        assertThat(item.sideId()).isEqualTo(scenario.cn.id());
        assertThatThrownBy(() -> actions.report(other, item.id(), ActionStatus.DONE, null, "not mine"))
                .isInstanceOf(ForbiddenException.class);
        actions.report(Scenario.actorOf(owner), item.id(), ActionStatus.IN_PROGRESS, null, "drafting");
        assertThat(actions.openItems(other, scenario.group.id()))
                .extracting(ActionItem::id)
                .containsExactly(item.id());
        actions.report(Scenario.actorOf(owner), item.id(), ActionStatus.DONE, second.id(), "circulated");

        assertThat(actions.openItems(other, scenario.group.id())).isEmpty();
        assertThat(actions.items(other, scenario.group.id()))
                .extracting(ActionItem::id, ActionItem::status)
                .containsExactly(tuple(item.id(), ActionStatus.DONE));
        assertThat(actions.history(other, item.id()))
                .extracting(ProgressReport::meetingId, ProgressReport::status)
                .containsExactly(tuple(null, "IN_PROGRESS"), tuple(second.id(), "DONE"));
    }

    @DatabaseTest
    void outcomesCarryEachSidesImplementationStatus(Database database) {
        Scenario scenario = new Scenario(database);
        OutcomeService outcomes = new OutcomeService(database.jdbi(), scenario.clock, scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Actor cnChair = Scenario.actorOf(scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Chair"));
        Meeting first = meeting(scenario, 3);
        Meeting second = meeting(scenario, 9);

        Outcome outcome =
                outcomes.record(usChair, scenario.group.id(), first.id(), "Both sides publish contact points");
        assertThat(outcome.statusBySide())
                .containsOnly(
                        Map.entry(scenario.us.id(), ImplementationStatus.NOT_STARTED),
                        Map.entry(scenario.cn.id(), ImplementationStatus.NOT_STARTED));

        outcomes.reportProgress(usChair, outcome.id(), scenario.us.id(), ImplementationStatus.IN_PROGRESS, null, "");
        outcomes.reportProgress(
                usChair, outcome.id(), scenario.us.id(), ImplementationStatus.IMPLEMENTED, second.id(), "published");
        assertThatThrownBy(() -> outcomes.reportProgress(
                        usChair, outcome.id(), scenario.cn.id(), ImplementationStatus.IMPLEMENTED, null, ""))
                .isInstanceOf(ForbiddenException.class);
        outcomes.reportProgress(
                cnChair,
                outcome.id(),
                scenario.cn.id(),
                ImplementationStatus.BLOCKED,
                second.id(),
                "awaiting ministry");

        assertThat(outcomes.outcomes(cnChair, scenario.group.id()))
                .singleElement()
                .satisfies(found -> assertThat(found.statusBySide())
                        .containsOnly(
                                Map.entry(scenario.us.id(), ImplementationStatus.IMPLEMENTED),
                                Map.entry(scenario.cn.id(), ImplementationStatus.BLOCKED)));
        assertThat(outcomes.history(cnChair, outcome.id())).hasSize(3);
        assertThat(scenario.auditIntact()).isTrue();
    }
}
