package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.parley.core.access.Role;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.NotFoundException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class CalendarFeedsTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @DatabaseTest
    void aMovedMeetingKeepsItsUidAndRaisesItsSequence(Database database) throws Exception {
        Scenario scenario = new Scenario(database);
        Member chair = scenario.seat(scenario.us, Role.CO_CHAIR, "Una Chair");
        Member other = scenario.seat(scenario.cn, Role.EXPERT, "Chen Expert");
        var meetings = new MeetingService(database.jdbi(), scenario.clock, scenario.audit);
        var feeds = new CalendarFeeds(database.jdbi(), scenario.clock, new ICalendarWriter("parley.example.org"));
        Meeting meeting = meetings.schedule(
                Scenario.actorOf(chair),
                scenario.group.id(),
                "Plenary 1",
                LocalDateTime.of(2026, 10, 14, 9, 0),
                120,
                new Venue(scenario.cn.id(), "Beijing", "Asia/Shanghai", "Room 3", ""));

        Calendar before = parse(feeds.groupFeed(Scenario.actorOf(other), scenario.group.id()));
        meetings.move(
                Scenario.actorOf(chair),
                meeting.id(),
                LocalDateTime.of(2026, 10, 15, 9, 30),
                new Venue(scenario.cn.id(), "Beijing", "Asia/Shanghai", "Room 3", ""));
        Calendar after = parse(feeds.memberFeed(Scenario.actorOf(other), other.id()));

        VEvent first = before.<VEvent>getComponents("VEVENT").get(0);
        VEvent moved = after.<VEvent>getComponents("VEVENT").get(0);
        assertThat(property(first, "UID")).isEqualTo("meeting-" + meeting.id() + "@parley.example.org");
        assertThat(property(moved, "UID")).isEqualTo(property(first, "UID"));
        assertThat(property(first, "SEQUENCE")).isEqualTo("0");
        assertThat(property(moved, "SEQUENCE")).isEqualTo("1");
        Temporal start = moved.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 10, 15, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(moved.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Shanghai");
        List<VTimeZone> zones = after.getComponents("VTIMEZONE");
        assertThat(zones)
                .singleElement()
                .satisfies(zone -> assertThat(
                                zone.getProperty("TZID").orElseThrow().getValue())
                        .isEqualTo("Asia/Shanghai"));
        assertThat(property(moved, "LOCATION")).isEqualTo("Room 3, Beijing");
    }

    @DatabaseTest
    void aMembersFeedIsTheirsAlone(Database database) {
        Scenario scenario = new Scenario(database);
        Member one = scenario.seat(scenario.us, Role.EXPERT, "One");
        Member two = scenario.seat(scenario.us, Role.EXPERT, "Two");
        var feeds = new CalendarFeeds(database.jdbi(), scenario.clock, new ICalendarWriter("parley.example.org"));

        assertThatThrownBy(() -> feeds.memberFeed(Scenario.actorOf(two), one.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(feeds.memberFeed(Scenario.actorOf(one), one.id())).startsWith("BEGIN:VCALENDAR");
    }
}
