package org.parley.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class PolicyUpdateServiceTest {

    private static PolicyUpdateFilter filter(
            String text, String jurisdiction, String issuingBody, String tag, String citation, Long sideId) {
        return new PolicyUpdateFilter(
                text, jurisdiction, issuingBody, null, tag, citation, sideId, null, null, null, null, 50);
    }

    @DatabaseTest
    void membersPostForTheirSideAndFindUpdatesByAnyField(Database database) {
        Scenario scenario = new Scenario(database);
        PolicyUpdateService service = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Actor cnObserver = Scenario.actorOf(scenario.seat(scenario.cn, Role.OBSERVER, "CN Observer"));
        long group = scenario.group.id();

        PolicyUpdate rule = service.post(usExpert, group, PolicyUpdates.bisRule());
        PolicyUpdate announcement = service.post(cnObserver, group, PolicyUpdates.mofcomAnnouncement());

        assertThat(rule.sideId()).isEqualTo(scenario.us.id());
        assertThat(rule.jurisdiction()).isEqualTo("US");
        assertThat(rule.tags()).containsExactly("entity list", "semiconductors");
        assertThat(rule.authoritativeText().title()).isEqualTo("Entity List additions: semiconductor fabs");
        assertThat(announcement.sideId()).isEqualTo(scenario.cn.id());
        assertThat(announcement.authoritativeText().title()).isEqualTo("关于两用物项出口管制的公告");
        assertThat(announcement.texts().get("en").summary()).isNull();
        assertThat(service.update(cnObserver, rule.id())).isEqualTo(rule);

        assertThat(service.updates(usExpert, group, PolicyUpdateFilter.ALL)).containsExactly(rule, announcement);
        assertThat(service.updates(usExpert, group, filter(null, "cn", null, null, null, null)))
                .containsExactly(announcement);
        assertThat(service.updates(usExpert, group, filter(null, null, "bis", "Semiconductors", null, null)))
                .containsExactly(rule);
        assertThat(service.updates(usExpert, group, filter("推定拒绝", null, null, null, null, null)))
                .containsExactly(rule);
        assertThat(service.updates(usExpert, group, filter("announcement no. 99", null, null, null, null, null)))
                .containsExactly(announcement);
        assertThat(service.updates(usExpert, group, filter(null, null, null, null, "91 fr", scenario.us.id())))
                .containsExactly(rule);
        assertThat(service.updates(
                        usExpert,
                        group,
                        new PolicyUpdateFilter(
                                null,
                                null,
                                null,
                                InstrumentType.RULE,
                                null,
                                null,
                                null,
                                LocalDate.of(2026, 8, 1),
                                LocalDate.of(2026, 8, 31),
                                null,
                                null,
                                50)))
                .containsExactly(announcement);
        assertThat(service.updates(
                        usExpert,
                        group,
                        new PolicyUpdateFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2026, 9, 10),
                                null,
                                50)))
                .containsExactly(rule);
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void onlyMembersPostAndRead(Database database) {
        Scenario scenario = new Scenario(database);
        PolicyUpdateService service = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);
        Actor outsider = scenario.user("Outsider");

        assertThatThrownBy(() -> service.post(outsider, scenario.group.id(), PolicyUpdates.bisRule()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.post(scenario.admin, scenario.group.id(), PolicyUpdates.bisRule()))
                .as("an administrator without a seat has no side to post for")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.updates(outsider, scenario.group.id(), PolicyUpdateFilter.ALL))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void anUpdateWithoutTitleJurisdictionOrDatesGetsFieldErrors(Database database) {
        Scenario scenario = new Scenario(database);
        PolicyUpdateService service = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);
        Actor expert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));

        assertThatThrownBy(() ->
                        service.post(expert, scenario.group.id(), PolicyUpdates.withoutTitleJurisdictionOrDates()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("texts.en.title", "jurisdiction", "publishedOn"));
        assertThat(service.updates(expert, scenario.group.id(), PolicyUpdateFilter.ALL))
                .isEmpty();
        NewPolicyUpdate rule = PolicyUpdates.bisRule();
        NewPolicyUpdate badLink = new NewPolicyUpdate(
                rule.texts(),
                "fr",
                "XX",
                rule.issuingBody(),
                null,
                rule.publishedOn(),
                null,
                null,
                "ftp://example.org/x",
                List.of("ok", " "),
                null);
        assertThatThrownBy(() -> service.post(expert, scenario.group.id(), badLink))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .containsExactly(
                                        "authoritativeLanguage",
                                        "jurisdiction",
                                        "instrumentType",
                                        "sourceUrl",
                                        "tags"));
    }
}
