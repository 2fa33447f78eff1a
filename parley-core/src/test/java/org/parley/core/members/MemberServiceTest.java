package org.parley.core.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class MemberServiceTest {

    @DatabaseTest
    void enforcesTheSideCapOnSeatedRolesOnly(Database database) {
        Scenario scenario = new Scenario(database);
        scenario.seat(scenario.us, Role.CO_CHAIR, "Chair");
        scenario.seat(scenario.us, Role.EXPERT, "Expert 1");
        scenario.seat(scenario.us, Role.EXPERT, "Expert 2");

        assertThatThrownBy(() -> scenario.seat(scenario.us, Role.EXPERT, "Expert 3"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("US has reached its cap of 3 seated members");
        Member alternate = scenario.seat(scenario.us, Role.ALTERNATE, "Alternate");
        scenario.seat(scenario.us, Role.OBSERVER, "Observer");
        scenario.seat(scenario.cn, Role.EXPERT, "Other side's expert");

        assertThat(alternate.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(() -> scenario.members.changeRole(scenario.admin, alternate.id(), Role.EXPERT))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void removingAMemberFreesTheSeat(Database database) {
        Scenario scenario = new Scenario(database);
        Member first = scenario.seat(scenario.us, Role.EXPERT, "Expert 1");
        scenario.seat(scenario.us, Role.EXPERT, "Expert 2");
        scenario.seat(scenario.us, Role.EXPERT, "Expert 3");

        scenario.members.removeMember(scenario.admin, first.id(), "left the association");

        assertThat(scenario.seat(scenario.us, Role.EXPERT, "Expert 4").status()).isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(() -> scenario.members.removeMember(scenario.admin, first.id(), "again"))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void storesTheWholeProfile(Database database) {
        Scenario scenario = new Scenario(database);
        NewMember input = new NewMember(
                scenario.cn.id(),
                null,
                "Li Wei",
                "Example Standards Institute",
                "li.wei@example.cn",
                "zh-CN",
                "Asia/Shanghai",
                Role.EXPERT,
                List.of("CN"),
                List.of("US", "CA"));

        Member stored = scenario.members.addMember(scenario.admin, input);

        assertThat(scenario.members.member(scenario.admin, stored.id())).isEqualTo(stored);
        assertThat(stored.nationalities()).containsExactly("CN");
        assertThat(stored.permanentResidences()).containsExactly("CA", "US");
        assertThat(stored.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(stored.groupId()).isEqualTo(scenario.group.id());
    }

    @DatabaseTest
    void reportsEveryInvalidField(Database database) {
        Scenario scenario = new Scenario(database);
        NewMember input = new NewMember(
                scenario.cn.id(),
                null,
                " ",
                "Org",
                "nope",
                "",
                "Mars/Olympus",
                Role.EXPERT,
                List.of("China"),
                List.of());

        assertThatThrownBy(() -> scenario.members.addMember(scenario.admin, input))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .containsExactly(
                                        "fullName", "email", "preferredLanguage", "timeZone", "nationalities[0]"));
    }

    @DatabaseTest
    void sideLeadersManageOnlyTheirOwnSide(Database database) {
        Scenario scenario = new Scenario(database);
        Member usChair = scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair");
        Member expert = scenario.seat(scenario.us, Role.EXPERT, "US Expert");

        Member added = scenario.members.addMember(
                Scenario.actorOf(usChair), scenario.newMember(scenario.us, Role.OBSERVER, "Observer", "Org", null));

        assertThat(added.sideId()).isEqualTo(scenario.us.id());
        assertThatThrownBy(() -> scenario.members.addMember(
                        Scenario.actorOf(usChair),
                        scenario.newMember(scenario.cn, Role.EXPERT, "Someone", "Org", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scenario.members.addMember(
                        Scenario.actorOf(expert), scenario.newMember(scenario.us, Role.EXPERT, "Someone", "Org", null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void headOfDelegationGainsTheRightToManageTheSide(Database database) {
        Scenario scenario = new Scenario(database);
        Member head = scenario.seat(scenario.cn, Role.EXPERT, "Zhang Head");

        assertThat(scenario.members
                        .appointHead(scenario.admin, scenario.cn.id(), head.id())
                        .headMemberId())
                .isEqualTo(head.id());
        scenario.members.addMember(
                Scenario.actorOf(head), scenario.newMember(scenario.cn, Role.EXPERT, "X", "Org", null));
        assertThatThrownBy(() -> scenario.members.appointHead(scenario.admin, scenario.us.id(), head.id()))
                .isInstanceOf(ConflictException.class);

        scenario.members.removeMember(scenario.admin, head.id(), "retired");
        assertThat(scenario.groups
                        .sides(scenario.admin, scenario.group.id())
                        .get(1)
                        .headMemberId())
                .isNull();
    }

    @DatabaseTest
    void recordsSubstitutionsByActiveAlternatesOfTheSameSide(Database database) {
        Scenario scenario = new Scenario(database);
        SubstitutionService substitutions = new SubstitutionService(database.jdbi(), scenario.clock, scenario.audit);
        Member expert = scenario.seat(scenario.us, Role.EXPERT, "Expert");
        Member alternate = scenario.seat(scenario.us, Role.ALTERNATE, "Alternate");
        Member otherSide = scenario.seat(scenario.cn, Role.ALTERNATE, "CN Alternate");
        LocalDate start = LocalDate.of(2026, 10, 1);

        Substitution substitution = substitutions.recordSubstitution(
                scenario.admin, expert.id(), alternate.id(), start, start.plusDays(2), "travel ban on dates");

        assertThat(substitutions.substitutions(Scenario.actorOf(expert), scenario.us.id()))
                .containsExactly(substitution);
        assertThatThrownBy(() -> substitutions.recordSubstitution(
                        scenario.admin, expert.id(), otherSide.id(), start, start, "x"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> substitutions.recordSubstitution(
                        scenario.admin, expert.id(), alternate.id(), start, start.minusDays(1), ""))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.fields()).containsExactly("endsOn", "reason"));
        assertThat(scenario.auditIntact()).isTrue();
    }
}
