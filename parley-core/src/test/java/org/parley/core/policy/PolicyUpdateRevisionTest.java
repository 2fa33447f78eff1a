package org.parley.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

/** The side that posted an update corrects or withdraws it; no one else may, and both are audited. */
class PolicyUpdateRevisionTest {

    private static NewPolicyUpdate corrected() {
        NewPolicyUpdate rule = PolicyUpdates.bisRule();
        return new NewPolicyUpdate(
                Map.of("en", new PolicyText("Entity List additions: corrected count", "Adds eleven entities.")),
                "en",
                "US",
                "BIS",
                InstrumentType.LIST_ADDITION,
                LocalDate.of(2026, 9, 2),
                null,
                "91 FR 1001",
                rule.sourceUrl(),
                List.of("Corrections"),
                null);
    }

    @DatabaseTest
    void thePostingSideCorrectsAndWithdrawsItsUpdate(Database database) {
        Scenario scenario = new Scenario(database);
        PolicyUpdateService service = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Actor usObserver = Scenario.actorOf(scenario.seat(scenario.us, Role.OBSERVER, "US Observer"));
        Actor cnChair = Scenario.actorOf(scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Chair"));
        PolicyUpdate posted = service.post(usExpert, scenario.group.id(), PolicyUpdates.bisRule());
        scenario.clock.advance(Duration.ofHours(2));

        PolicyUpdate edited = service.edit(usObserver, posted.id(), corrected());

        assertThat(edited.texts()).containsOnlyKeys("en");
        assertThat(edited.authoritativeText().title()).isEqualTo("Entity List additions: corrected count");
        assertThat(edited.tags()).containsExactly("corrections");
        assertThat(edited.citation()).isEqualTo("91 FR 1001");
        assertThat(edited.effectiveOn()).isNull();
        assertThat(edited.sideId()).isEqualTo(posted.sideId());
        assertThat(edited.postedAt()).isEqualTo(posted.postedAt());
        assertThat(edited.editedAt()).isEqualTo(posted.postedAt().plus(Duration.ofHours(2)));
        assertThat(service.mayChange(usObserver, edited)).isTrue();
        assertThat(service.mayChange(cnChair, edited)).isFalse();
        assertThatThrownBy(() -> service.edit(cnChair, posted.id(), corrected()))
                .as("another side, even its co-chair")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.withdraw(cnChair, posted.id(), "not yours"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.edit(usExpert, posted.id(), PolicyUpdates.withoutTitleJurisdictionOrDates()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid ->
                                assertThat(invalid.fields()).contains("texts.en.title", "jurisdiction", "publishedOn"));
        assertThat(service.update(usExpert, posted.id()))
                .as("a refused edit changes nothing")
                .isEqualTo(edited);

        PolicyUpdate withdrawn = service.withdraw(usExpert, posted.id(), "Published in error");

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Published in error");
        assertThat(service.updates(cnChair, scenario.group.id(), PolicyUpdateFilter.ALL))
                .as("a withdrawn update stays listed, marked")
                .containsExactly(withdrawn);
        assertThatThrownBy(() -> service.edit(usExpert, posted.id(), corrected()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.withdraw(usExpert, posted.id(), null)).isInstanceOf(ConflictException.class);
        assertThat(actions(database, posted.id()))
                .containsExactly("policy-update.posted", "policy-update.edited", "policy-update.withdrawn");
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void problemsNameEveryBrokenRuleWithoutStoringAnything(Database database) {
        Scenario scenario = new Scenario(database);
        PolicyUpdateService service = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);

        assertThat(service.problems(PolicyUpdates.bisRule())).isEmpty();
        assertThat(service.problems(PolicyUpdates.withoutTitleJurisdictionOrDates()))
                .extracting(ValidationException.FieldError::field)
                .containsExactlyInAnyOrder("texts.en.title", "jurisdiction", "publishedOn");
        assertThat(service.updates(scenario.admin, scenario.group.id(), PolicyUpdateFilter.ALL))
                .isEmpty();
    }

    private static List<String> actions(Database database, long updateId) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT action FROM audit_events WHERE subject_type ="
                                + " 'policy-update' AND subject_id = :id ORDER BY seq")
                        .bind("id", Long.toString(updateId))
                        .mapTo(String.class)
                        .list());
    }
}
