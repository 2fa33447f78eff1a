package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class CalendarSubscriptionsTest {

    private static CalendarSubscriptions links(Scenario scenario) {
        var feeds =
                new CalendarFeeds(scenario.database.jdbi(), scenario.clock, new ICalendarWriter("parley.example.org"));
        return new CalendarSubscriptions(scenario.database.jdbi(), scenario.clock, scenario.audit, feeds);
    }

    @DatabaseTest
    void aSecretLinkServesTheGroupsMeetingsUntilReplacedOrRevoked(Database database) {
        Scenario scenario = new Scenario(database);
        Member chair = scenario.seat(scenario.us, Role.CO_CHAIR, "Una Chair");
        scenario.schedulePlenary(chair);
        CalendarSubscriptions links = links(scenario);

        String first = links.renew(Scenario.actorOf(chair), chair.id());
        String firstFeed = links.feed(first).orElseThrow();
        String second = links.renew(Scenario.actorOf(chair), chair.id());
        boolean firstStillWorks = links.feed(first).isPresent();
        boolean secondWorks = links.feed(second).isPresent();
        links.revoke(Scenario.actorOf(chair), chair.id());

        assertThat(first).startsWith("pc_").hasSizeGreaterThan(40).isNotEqualTo(second);
        assertThat(firstFeed).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Plenary 1");
        assertThat(firstStillWorks).as("a replaced link").isFalse();
        assertThat(secondWorks).isTrue();
        assertThat(links.feed(second)).as("a revoked link").isEmpty();
        assertThat(links.feed("pc_guess")).isEmpty();
        assertThat(links.feed(null)).isEmpty();
    }

    @DatabaseTest
    void onlyTheMemberCanMakeTheirLinkAndItDiesWhenTheyLeave(Database database) {
        Scenario scenario = new Scenario(database);
        Member one = scenario.seat(scenario.us, Role.EXPERT, "One");
        Member two = scenario.seat(scenario.us, Role.EXPERT, "Two");
        CalendarSubscriptions links = links(scenario);
        String key = links.renew(Scenario.actorOf(one), one.id());

        assertThatThrownBy(() -> links.renew(Scenario.actorOf(two), one.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> links.revoke(scenario.admin, one.id())).isInstanceOf(ForbiddenException.class);
        scenario.members.removeMember(scenario.admin, one.id(), "left the association");

        assertThat(links.feed(key)).isEmpty();
    }
}
