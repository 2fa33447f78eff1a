package org.parley.core.rescreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.core.members.RescreenReport;
import org.parley.core.organisations.OwnerShare;
import org.parley.core.organisations.OwnershipService;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.PartyType;

class ListUpdateRescreenTest {

    private static ListEntry listed(String id, String name) {
        return new ListEntryBuilder()
                .id(id)
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .type(PartyType.ORGANIZATION)
                .name(name)
                .build();
    }

    @DatabaseTest
    void aListUpdateHoldsMembersWhoseNameOrganisationOrOwnerIsNowListed(Database database) {
        Scenario scenario = new Scenario(database);
        Actor officer = Scenario.actorOf(scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer"));
        Member byName = scenario.seat(scenario.cn, Role.EXPERT, "Zhao Later Listed");
        Member byOrganisation = scenario.seat(scenario.cn, Role.EXPERT, "Qian Employee");
        Member byOwner = scenario.members.addMember(
                scenario.admin, scenario.newMember(scenario.cn, Role.OBSERVER, "Sun Owned", "Subsidiary Ltd", null));
        Member clean = scenario.seat(scenario.us, Role.EXPERT, "Clean Person");
        new OwnershipService(database.jdbi(), scenario.audit)
                .setOwners(officer, scenario.group.id(), "Subsidiary Ltd", List.of(new OwnerShare("Parent Corp", 60)));
        scenario.list(
                listed("e1", "Zhao Later Listed"), listed("e2", "Org of Qian Employee"), listed("e3", "Parent Corp"));
        var rescreen = new ListUpdateRescreen(database.jdbi(), scenario.clock, scenario.audit, 0.9, 2);

        RescreenReport report = rescreen.run(scenario.screener()).orElseThrow();

        assertThat(report.heldMemberIds()).containsExactlyInAnyOrder(byName.id(), byOrganisation.id(), byOwner.id());
        assertThat(report.people()).isEqualTo(5);
        assertThat(scenario.members.member(scenario.admin, byOwner.id()).status())
                .isEqualTo(MemberStatus.ON_HOLD);
        assertThat(scenario.members.member(scenario.admin, clean.id()).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(scenario.reviews.openReviews(officer, scenario.group.id()))
                .filteredOn(review -> review.memberId() == byOwner.id())
                .singleElement()
                .satisfies(review -> assertThat(review.matches())
                        .extracting(match -> match.screenedName())
                        .containsExactly("Parent Corp"));
        assertThat(rescreen.run(scenario.screener())).as("same snapshot again").isEmpty();
        assertThat(rescreen.latest().orElseThrow().newReviews()).isEqualTo(3);
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void aDismissedMatchDoesNotHoldTheMemberAgain(Database database) {
        Scenario scenario = new Scenario(database);
        Actor officer = Scenario.actorOf(scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer"));
        Member member = scenario.seat(scenario.cn, Role.EXPERT, "Common Name");
        scenario.list(listed("e1", "Common Name"));
        var rescreen = new ListUpdateRescreen(database.jdbi(), scenario.clock, scenario.audit, 0.9, 1);
        rescreen.run(scenario.screener());
        long reviewId = scenario.reviews
                .openReviews(officer, scenario.group.id())
                .get(0)
                .id();
        scenario.reviews.dismiss(officer, reviewId, "different person: other date of birth");
        scenario.list(listed("e1", "Common Name"), listed("e2", "Unrelated Entity"));

        RescreenReport again = rescreen.run(scenario.screener()).orElseThrow();

        assertThat(again.heldMemberIds()).isEmpty();
        assertThat(scenario.members.member(scenario.admin, member.id()).status())
                .isEqualTo(MemberStatus.ACTIVE);
    }
}
