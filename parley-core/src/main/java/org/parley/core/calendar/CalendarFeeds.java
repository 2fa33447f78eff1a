package org.parley.core.calendar;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.meetings.Meeting;
import org.parley.core.members.Member;
import org.parley.core.members.MemberService;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * iCalendar feeds of a group's meetings (per group and per member) and single-meeting invitations.
 * A meeting's SEQUENCE is the number of times it was moved or changed status, read from the audit
 * log, so it grows exactly when calendar clients must update their copy. Thread-safe.
 */
public final class CalendarFeeds {

    private static final String MEETING_COLUMNS = "id, group_id, series_id, sequence, title, starts_at_local,"
            + " time_zone, duration_minutes, host_side_id, city, place, link, status";

    private final Jdbi jdbi;
    private final Clock clock;
    private final ICalendarWriter writer;

    public CalendarFeeds(Jdbi jdbi, Clock clock, ICalendarWriter writer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.writer = writer;
    }

    /** Every meeting of the group, for its members and administrators. */
    public String groupFeed(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return meetingsOf(handle, groupId);
        });
    }

    /** The meetings of the member's group, for that member (their own calendar) and administrators. */
    public String memberFeed(Actor actor, long memberId) {
        return jdbi.withHandle(handle -> {
            Member member = MemberService.existing(handle, memberId);
            Roles roles = Access.rolesOf(handle, actor, member.groupId());
            boolean self = roles.userId() != null && roles.userId().equals(member.userId());
            if (!self && !roles.administrator()) {
                throw new NotFoundException("calendar of member", memberId);
            }
            return meetingsOf(handle, member.groupId());
        });
    }

    /** Every meeting of the group as a feed, without an access check (the caller has made it). */
    String meetingsOf(Handle handle, long groupId) {
        return writer.write(entries(handle, groupId), null, Instants.now(clock));
    }

    /** One meeting as an invitation ({@code REQUEST}) or cancellation ({@code CANCEL}), for e-mails. */
    public String invitation(Handle handle, long meetingId, String method) {
        Meeting meeting = handle.createQuery("SELECT " + MEETING_COLUMNS + " FROM meetings WHERE id = :id")
                .bind("id", meetingId)
                .mapTo(Meeting.class)
                .findOne()
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
        int sequence = sequences(handle, meeting.groupId()).getOrDefault(meetingId, 0);
        return writer.write(List.of(new CalendarEntry(meeting, sequence)), method, Instants.now(clock));
    }

    /** Every meeting of a series, published at once (METHOD:PUBLISH), for the series invitation. */
    public String series(Handle handle, long seriesId) {
        long groupId = handle.createQuery("SELECT group_id FROM meeting_series WHERE id = :id")
                .bind("id", seriesId)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> new NotFoundException("meeting series", seriesId));
        List<CalendarEntry> entries = entries(handle, groupId).stream()
                .filter(entry ->
                        entry.meeting().seriesId() != null && entry.meeting().seriesId() == seriesId)
                .toList();
        return writer.write(entries, "PUBLISH", Instants.now(clock));
    }

    private static List<CalendarEntry> entries(Handle handle, long groupId) {
        Map<Long, Integer> sequences = sequences(handle, groupId);
        return handle.createQuery("SELECT " + MEETING_COLUMNS + " FROM meetings WHERE group_id = :groupId"
                        + " ORDER BY starts_at_local, id")
                .bind("groupId", groupId)
                .mapTo(Meeting.class)
                .map(meeting -> new CalendarEntry(meeting, sequences.getOrDefault(meeting.id(), 0)))
                .list();
    }

    private static Map<Long, Integer> sequences(Handle handle, long groupId) {
        Map<Long, Integer> sequences = new HashMap<>();
        handle.createQuery("SELECT e.subject_id, COUNT(*) AS changes FROM audit_events e JOIN meetings m"
                        + " ON CAST(m.id AS VARCHAR(100)) = e.subject_id WHERE e.subject_type = 'meeting'"
                        + " AND e.action IN ('meeting.moved', 'meeting.status-changed') AND m.group_id = :groupId"
                        + " GROUP BY e.subject_id")
                .bind("groupId", groupId)
                .map((rs, ctx) -> Map.entry(Long.parseLong(rs.getString("subject_id")), rs.getInt("changes")))
                .forEach(entry -> sequences.put(entry.getKey(), entry.getValue()));
        return sequences;
    }
}
