package org.parley.core.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.PartyType;

class ScreeningReviewTest {

    private static ListEntry listed(String id, String name, PartyType type, String remarks) {
        return new ListEntryBuilder()
                .id(id)
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .type(type)
                .name(name)
                .remarks(remarks)
                .build();
    }

    private static Member addListedPerson(Scenario scenario) {
        return scenario.members.addMember(
                scenario.admin,
                scenario.newMember(scenario.cn, Role.EXPERT, "Zhao Listed", "Harmless Institute", null));
    }

    @DatabaseTest
    void possibleMatchOnThePersonOrTheOrganisationPutsTheMembershipOnHold(Database database) {
        Scenario scenario = new Scenario(database);
        Member officer = scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer");
        scenario.list(
                listed("e1", "ZHAO LISTED", PartyType.PERSON, null),
                listed("e2", "Acme Photonics Co.", PartyType.ORGANIZATION, null));

        Member person = addListedPerson(scenario);
        Member viaOrganisation = scenario.members.addMember(
                scenario.admin, scenario.newMember(scenario.cn, Role.EXPERT, "Qian Clean", "ACME PHOTONICS CO", null));
        Member clean = scenario.seat(scenario.cn, Role.OBSERVER, "Sun Clean");

        assertThat(person.status()).isEqualTo(MemberStatus.ON_HOLD);
        assertThat(viaOrganisation.status()).isEqualTo(MemberStatus.ON_HOLD);
        assertThat(clean.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(scenario.reviews.openReviews(Scenario.actorOf(officer), scenario.group.id()))
                .extracting(ScreeningReview::memberId)
                .containsExactly(person.id(), viaOrganisation.id());
        ScreeningReview review = scenario.reviews
                .openReviews(Scenario.actorOf(officer), scenario.group.id())
                .get(0);
        assertThat(review.matches()).singleElement().satisfies(match -> {
            assertThat(match.listCode()).isEqualTo("EL");
            assertThat(match.entryId()).isEqualTo("e1");
            assertThat(match.partyType()).isEqualTo(PartyType.PERSON);
            assertThat(match.matchedName()).isEqualTo("ZHAO LISTED");
        });
    }

    @DatabaseTest
    void heldMembersReserveTheirSeat(Database database) {
        Scenario scenario = new Scenario(database);
        scenario.list(listed("e1", "Zhao Listed", PartyType.PERSON, null));
        addListedPerson(scenario);
        scenario.seat(scenario.cn, Role.EXPERT, "B");
        scenario.seat(scenario.cn, Role.EXPERT, "C");

        assertThatThrownBy(() -> scenario.seat(scenario.cn, Role.EXPERT, "D")).isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void onlyComplianceOfficersResolveAndNotTheirOwnReview(Database database) {
        Scenario scenario = new Scenario(database);
        Member coChair = scenario.seat(scenario.us, Role.CO_CHAIR, "Chair");
        Member officer = scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Officer");
        scenario.list(listed("e1", "Zhao Listed", PartyType.PERSON, null));
        Actor zhao = scenario.user("Zhao Listed");
        Member held = scenario.members.addMember(
                scenario.admin,
                new NewMember(
                        scenario.us.id(),
                        Scenario.userIdOf(zhao),
                        "Zhao Listed",
                        "Org",
                        "z@example.org",
                        "en",
                        "UTC",
                        Role.COMPLIANCE_OFFICER,
                        List.of("US"),
                        List.of()));
        long reviewId = scenario.reviews
                .openReviews(Scenario.actorOf(officer), scenario.group.id())
                .get(0)
                .id();

        assertThatThrownBy(() -> scenario.reviews.dismiss(Scenario.actorOf(coChair), reviewId, "not him"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scenario.reviews.dismiss(scenario.admin, reviewId, "not him"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scenario.reviews.openReviews(Scenario.actorOf(coChair), scenario.group.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(held.status()).isEqualTo(MemberStatus.ON_HOLD);
        assertThatThrownBy(() -> scenario.reviews.dismiss(zhao, reviewId, "it is not me"))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void confirmationBlocksTheMembershipAndFreesTheSeat(Database database) {
        Scenario scenario = new Scenario(database);
        Actor officer = Scenario.actorOf(scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Officer"));
        scenario.list(listed("e1", "Zhao Listed", PartyType.PERSON, null));
        Member held = addListedPerson(scenario);
        long reviewId = scenario.reviews
                .openReviews(officer, scenario.group.id())
                .get(0)
                .id();

        ScreeningReview confirmed = scenario.reviews.confirm(officer, reviewId, "same date of birth");

        assertThat(confirmed.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(confirmed.resolvedBy()).isEqualTo(Scenario.userIdOf(officer));
        assertThat(scenario.members.member(officer, held.id()).status()).isEqualTo(MemberStatus.BLOCKED);
        assertThatThrownBy(() -> scenario.reviews.dismiss(officer, reviewId, "changed my mind"))
                .isInstanceOf(ConflictException.class);
        scenario.seat(scenario.cn, Role.EXPERT, "B");
        scenario.seat(scenario.cn, Role.EXPERT, "C");
        scenario.seat(scenario.cn, Role.EXPERT, "D");
    }

    @DatabaseTest
    void dismissalNeedsAReasonAndIsRememberedUntilTheEntryChanges(Database database) {
        Scenario scenario = new Scenario(database);
        Actor officer = Scenario.actorOf(scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Officer"));
        scenario.list(listed("e1", "Zhao Listed", PartyType.PERSON, "born 1950"));
        Member held = addListedPerson(scenario);
        long reviewId = scenario.reviews
                .openReviews(officer, scenario.group.id())
                .get(0)
                .id();

        assertThatThrownBy(() -> scenario.reviews.dismiss(officer, reviewId, " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.fields()).containsExactly("reason"));
        scenario.reviews.dismiss(officer, reviewId, "listed person born 1950, our expert born 1990");
        assertThat(scenario.members.member(officer, held.id()).status()).isEqualTo(MemberStatus.ACTIVE);

        assertThat(scenario.reviews.rescreen(officer, held.id()).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(scenario.reviews.openReviews(officer, scenario.group.id())).isEmpty();

        scenario.list(listed("e1", "Zhao Listed", PartyType.PERSON, "born 1990"));
        assertThat(scenario.reviews.rescreen(officer, held.id()).status()).isEqualTo(MemberStatus.ON_HOLD);
        assertThat(scenario.reviews.openReviews(officer, scenario.group.id()))
                .singleElement()
                .satisfies(review -> assertThat(review.memberId()).isEqualTo(held.id()));
        assertThat(scenario.auditIntact()).isTrue();
    }
}
