package org.parley.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditEvent;
import org.parley.core.audit.Subject;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class GroupServiceTest {

    @DatabaseTest
    void createsAGroupWithItsSidesAndAuditsIt(Database database) {
        Scenario scenario = new Scenario(database);

        assertThat(scenario.groups.sides(scenario.admin, scenario.group.id()))
                .extracting(Side::name, Side::memberCap)
                .containsExactly(tuple("US", 3), tuple("CN", 3));
        List<AuditEvent> events = database.jdbi()
                .withHandle(handle -> scenario.audit.eventsFor(handle, Subject.of("group", scenario.group.id())));
        assertThat(events)
                .singleElement()
                .satisfies(event -> assertThat(event.details())
                        .isEqualTo("{\"name\":\"Supply-Chain Security WG\",\"sides\":[\"US\",\"CN\"]}"));
    }

    @DatabaseTest
    void refusesAGroupWithFewerThanTwoSidesOrBadSides(Database database) {
        Scenario scenario = new Scenario(database);

        assertThatThrownBy(() -> scenario.groups.createGroup(
                        scenario.admin,
                        new NewGroup("", "charter", List.of(new NewSide("US", 0), new NewSide("US", 2)))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("name", "sides[0].memberCap", "sides[1].name"));
        assertThatThrownBy(() -> scenario.groups.createGroup(
                        scenario.admin, new NewGroup("Solo", "charter", List.of(new NewSide("US", 2)))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.fields()).containsExactly("sides"));
    }

    @DatabaseTest
    void onlyAdministratorsCreateGroupsAndOutsidersCannotReadThem(Database database) {
        Scenario scenario = new Scenario(database);
        Actor outsider = scenario.user("Outsider");
        NewGroup another = new NewGroup("Another WG", "c", List.of(new NewSide("A", 1), new NewSide("B", 1)));

        assertThatThrownBy(() -> scenario.groups.createGroup(outsider, another)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scenario.groups.group(outsider, scenario.group.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scenario.groups.createGroup(
                        scenario.admin,
                        new NewGroup(
                                "Supply-Chain Security WG", "c", List.of(new NewSide("A", 1), new NewSide("B", 1)))))
                .isInstanceOf(ConflictException.class);
        assertThat(scenario.groups.groupsOf(outsider)).isEmpty();
    }

    @DatabaseTest
    void coChairsMaintainGoalsMilestonesAndCharterButExpertsDoNot(Database database) {
        Scenario scenario = new Scenario(database);
        Member coChair = scenario.seat(scenario.us, Role.CO_CHAIR, "Alice Chair");
        Member expert = scenario.seat(scenario.cn, Role.EXPERT, "Wang Expert");
        Actor chair = Scenario.actorOf(coChair);

        assertThat(scenario.groups.roles(chair, scenario.group.id()).leads(scenario.us.id()))
                .isTrue();
        assertThat(scenario.groups
                        .roles(Scenario.actorOf(expert), scenario.group.id())
                        .managesGroup())
                .isFalse();
        assertThatThrownBy(() -> scenario.groups.roles(scenario.user("Outsider"), scenario.group.id()))
                .isInstanceOf(ForbiddenException.class);
        Goal goal = scenario.groups.addGoal(chair, scenario.group.id(), "Common audit checklist", "Draft and agree");
        Milestone milestone = scenario.groups.addMilestone(
                chair, scenario.group.id(), goal.id(), "First draft", LocalDate.of(2027, 3, 31));
        Milestone done = scenario.groups.changeMilestoneStatus(chair, milestone.id(), MilestoneStatus.DONE);
        scenario.groups.updateCharter(chair, scenario.group.id(), "Revised charter.");

        assertThat(done.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(scenario.groups.milestones(Scenario.actorOf(expert), scenario.group.id()))
                .singleElement()
                .satisfies(found -> assertThat(found.goalId()).isEqualTo(goal.id()));
        assertThat(scenario.groups
                        .group(Scenario.actorOf(expert), scenario.group.id())
                        .charter())
                .isEqualTo("Revised charter.");
        assertThat(scenario.groups.groupsOf(Scenario.actorOf(expert)))
                .extracting(Group::id)
                .containsExactly(scenario.group.id());
        assertThatThrownBy(() -> scenario.groups.addGoal(Scenario.actorOf(expert), scenario.group.id(), "x", "y"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void capCannotDropBelowTheSeatsTaken(Database database) {
        Scenario scenario = new Scenario(database);
        scenario.seat(scenario.us, Role.EXPERT, "One");
        scenario.seat(scenario.us, Role.EXPERT, "Two");

        assertThatThrownBy(() -> scenario.groups.changeMemberCap(scenario.admin, scenario.us.id(), 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has 2 seated members");
        assertThat(scenario.groups
                        .changeMemberCap(scenario.admin, scenario.us.id(), 2)
                        .memberCap())
                .isEqualTo(2);
    }
}
