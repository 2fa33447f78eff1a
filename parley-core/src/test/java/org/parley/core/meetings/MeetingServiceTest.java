package org.parley.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class MeetingServiceTest {

    private static NewSeries sixMonthly(Scenario scenario) {
        return new NewSeries(
                "Plenary",
                "FREQ=MONTHLY;INTERVAL=6;COUNT=4",
                LocalDate.of(2026, 8, 31),
                LocalTime.of(9, 0),
                180,
                List.of(
                        new Venue(scenario.us.id(), "Washington", "America/New_York", "Commerce HQ", ""),
                        new Venue(scenario.cn.id(), "Beijing", "Asia/Shanghai", "CESI", "https://meet.example/p")));
    }

    @DatabaseTest
    void expandsASeriesIntoSeparateMeetingsAlternatingHosts(Database database) {
        Scenario scenario = new Scenario(database);
        MeetingService meetings = new MeetingService(database.jdbi(), scenario.clock, scenario.audit);

        List<Meeting> created = meetings.createSeries(scenario.admin, scenario.group.id(), sixMonthly(scenario));

        assertThat(created)
                .extracting(Meeting::startsAtLocal)
                .containsExactly(
                        LocalDateTime.of(2026, 8, 31, 9, 0),
                        LocalDateTime.of(2027, 2, 28, 9, 0),
                        LocalDateTime.of(2027, 8, 31, 9, 0),
                        LocalDateTime.of(2028, 2, 29, 9, 0));
        assertThat(created).extracting(Meeting::city).containsExactly("Washington", "Beijing", "Washington", "Beijing");
        assertThat(created).extracting(Meeting::sequence).containsExactly(0, 1, 2, 3);
        // 09:00 in Washington (summer time) is 21:00 the same day in Beijing.
        assertThat(created.get(0).startsAtIn(ZoneId.of("Asia/Shanghai")).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 8, 31, 21, 0));
        assertThat(meetings.meetings(scenario.admin, scenario.group.id())).isEqualTo(created);
    }

    @DatabaseTest
    void movingOneMeetingLeavesTheRestOfTheSeries(Database database) {
        Scenario scenario = new Scenario(database);
        MeetingService meetings = new MeetingService(database.jdbi(), scenario.clock, scenario.audit);
        List<Meeting> created = meetings.createSeries(scenario.admin, scenario.group.id(), sixMonthly(scenario));

        Meeting moved = meetings.move(
                scenario.admin,
                created.get(1).id(),
                LocalDateTime.of(2027, 3, 15, 14, 0),
                new Venue(null, "Geneva", "Europe/Zurich", "Palais", ""));

        List<Meeting> after = meetings.meetings(scenario.admin, scenario.group.id());
        assertThat(moved.city()).isEqualTo("Geneva");
        assertThat(moved.seriesId()).isEqualTo(created.get(1).seriesId());
        assertThat(after).containsExactly(created.get(0), moved, created.get(2), created.get(3));
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void checksVenuesAndWhoSchedules(Database database) {
        Scenario scenario = new Scenario(database);
        MeetingService meetings = new MeetingService(database.jdbi(), scenario.clock, scenario.audit);
        Actor expert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Expert"));
        Venue venue = new Venue(scenario.us.id(), "Washington", "America/New_York", "", "");

        assertThatThrownBy(() -> meetings.schedule(
                        expert, scenario.group.id(), "Call", LocalDateTime.of(2026, 10, 1, 9, 0), 60, venue))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Call",
                        LocalDateTime.of(2026, 10, 1, 9, 0),
                        0,
                        new Venue(null, "", "Nowhere/City", "", "")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("durationMinutes", "venue.city", "venue.timeZone"));
        Meeting call = meetings.schedule(
                scenario.admin, scenario.group.id(), "Call", LocalDateTime.of(2026, 10, 1, 9, 0), 60, venue);
        assertThat(call.seriesId()).isNull();
        assertThat(meetings.meeting(expert, call.id())).isEqualTo(call);
    }
}
