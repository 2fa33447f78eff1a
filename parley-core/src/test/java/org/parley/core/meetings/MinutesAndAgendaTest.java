package org.parley.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class MinutesAndAgendaTest {

    private static Meeting meeting(Scenario scenario) {
        return new MeetingService(scenario.database.jdbi(), scenario.clock, scenario.audit)
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.of(2026, 10, 1, 9, 0),
                        120,
                        new Venue(scenario.us.id(), "Washington", "America/New_York", "HQ", ""));
    }

    @DatabaseTest
    void minutesAreApprovedOnlyWhenEachSidesCoChairApprovesTheSameRevision(Database database) {
        Scenario scenario = new Scenario(database);
        MinutesService minutes = new MinutesService(database.jdbi(), scenario.clock, scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Actor cnChair = Scenario.actorOf(scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Chair"));
        Actor cnExpert = Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert"));
        Meeting meeting = meeting(scenario);

        minutes.saveDraft(usChair, meeting.id(), "Draft 1");
        assertThat(minutes.approve(usChair, meeting.id(), scenario.us.id(), 1).status())
                .isEqualTo(MinutesStatus.DRAFT);
        minutes.saveDraft(usChair, meeting.id(), "Draft 2 after CN comments");
        Minutes afterRevision = minutes.minutes(cnExpert, meeting.id());
        assertThat(afterRevision.revision()).isEqualTo(2);
        assertThat(afterRevision.approvedBySides()).isEmpty();

        assertThatThrownBy(() -> minutes.approve(cnExpert, meeting.id(), scenario.cn.id(), 2))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> minutes.approve(usChair, meeting.id(), scenario.cn.id(), 2))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> minutes.approve(scenario.admin, meeting.id(), scenario.cn.id(), 2))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> minutes.approve(cnChair, meeting.id(), scenario.cn.id(), 1))
                .isInstanceOf(ConflictException.class);
        minutes.approve(cnChair, meeting.id(), scenario.cn.id(), 2);
        Minutes approved = minutes.approve(usChair, meeting.id(), scenario.us.id(), 2);

        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approvedAt()).isEqualTo(scenario.clock.instant());
        assertThatThrownBy(() -> minutes.saveDraft(usChair, meeting.id(), "sneaky edit"))
                .isInstanceOf(ConflictException.class);
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void caucusItemsAreInvisibleToTheOtherSide(Database database) {
        Scenario scenario = new Scenario(database);
        AgendaService agenda = new AgendaService(database.jdbi(), scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Actor cnChair = Scenario.actorOf(scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Chair"));
        Meeting meeting = meeting(scenario);

        agenda.addItem(usChair, meeting.id(), "Opening", null);
        AgendaItem caucus = agenda.addItem(usChair, meeting.id(), "US position on item 3", scenario.us.id());
        agenda.addItem(cnChair, meeting.id(), "Supply-chain audit pilot", null);

        assertThat(agenda.agenda(usExpert, meeting.id()))
                .extracting(AgendaItem::title)
                .containsExactly("Opening", "US position on item 3", "Supply-chain audit pilot");
        assertThat(agenda.agenda(cnChair, meeting.id()))
                .extracting(AgendaItem::title)
                .containsExactly("Opening", "Supply-chain audit pilot");
        assertThat(agenda.agenda(scenario.admin, meeting.id())).doesNotContain(caucus);
        assertThatThrownBy(() -> agenda.addItem(cnChair, meeting.id(), "Spy item", scenario.us.id()))
                .isInstanceOf(ForbiddenException.class);
        String auditText = database.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "SELECT details FROM audit_events WHERE action = 'agenda.item-added' ORDER BY seq")
                        .mapTo(String.class)
                        .list()
                        .toString());
        assertThat(auditText).doesNotContain("US position");
    }

    @DatabaseTest
    void recordsAttendanceOncePerMember(Database database) {
        Scenario scenario = new Scenario(database);
        AgendaService agenda = new AgendaService(database.jdbi(), scenario.audit);
        Member expert = scenario.seat(scenario.cn, Role.EXPERT, "CN Expert");
        Meeting meeting = meeting(scenario);

        agenda.recordAttendance(scenario.admin, meeting.id(), expert.id(), AttendanceStatus.EXCUSED);
        agenda.recordAttendance(scenario.admin, meeting.id(), expert.id(), AttendanceStatus.REMOTE);

        assertThat(agenda.attendance(Scenario.actorOf(expert), meeting.id()))
                .containsExactly(new Attendance(meeting.id(), expert.id(), AttendanceStatus.REMOTE));
    }
}
