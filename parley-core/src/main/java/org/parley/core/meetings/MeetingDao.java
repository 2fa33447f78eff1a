package org.parley.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for series, meetings, agenda items and attendance. */
interface MeetingDao {

    String COLUMNS = "id, group_id, series_id, sequence, title, starts_at_local, time_zone, duration_minutes,"
            + " host_side_id, city, place, link, status";

    @SqlUpdate("INSERT INTO meeting_series (group_id, title, rule, first_date, local_start, duration_minutes,"
            + " created_at) VALUES (:groupId, :title, :rule, :firstDate, :localStart, :duration, :createdAt)")
    @GetGeneratedKeys("id")
    long insertSeries(
            @Bind("groupId") long groupId,
            @Bind("title") String title,
            @Bind("rule") String rule,
            @Bind("firstDate") LocalDate firstDate,
            @Bind("localStart") LocalTime localStart,
            @Bind("duration") int durationMinutes,
            @Bind("createdAt") Instant createdAt);

    @SqlUpdate("INSERT INTO meetings (group_id, series_id, sequence, title, starts_at_local, time_zone,"
            + " duration_minutes, host_side_id, city, place, link, status) VALUES (:groupId, :seriesId, :sequence,"
            + " :title, :startsAtLocal, :v.timeZone, :duration, :v.hostSideId, :v.city, :v.place, :v.link,"
            + " 'SCHEDULED')")
    @GetGeneratedKeys("id")
    long insertMeeting(
            @Bind("groupId") long groupId,
            @Bind("seriesId") Long seriesId,
            @Bind("sequence") Integer sequence,
            @Bind("title") String title,
            @Bind("startsAtLocal") LocalDateTime startsAtLocal,
            @Bind("duration") int durationMinutes,
            @BindMethods("v") Venue venue);

    @SqlQuery("SELECT " + COLUMNS + " FROM meetings WHERE id = :id")
    Optional<Meeting> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM meetings WHERE group_id = :groupId ORDER BY starts_at_local, id")
    List<Meeting> ofGroup(@Bind("groupId") long groupId);

    @SqlUpdate("UPDATE meetings SET starts_at_local = :startsAtLocal, time_zone = :v.timeZone,"
            + " host_side_id = :v.hostSideId, city = :v.city, place = :v.place, link = :v.link WHERE id = :id")
    void move(@Bind("id") long id, @Bind("startsAtLocal") LocalDateTime startsAtLocal, @BindMethods("v") Venue venue);

    @SqlUpdate("UPDATE meetings SET status = :status WHERE id = :id")
    void updateStatus(@Bind("id") long id, @Bind("status") MeetingStatus status);

    @SqlQuery("SELECT COALESCE(MAX(position), 0) FROM agenda_items WHERE meeting_id = :meetingId")
    int lastAgendaPosition(@Bind("meetingId") long meetingId);

    @SqlUpdate("INSERT INTO agenda_items (meeting_id, position, title, caucus_side_id)"
            + " VALUES (:meetingId, :position, :title, :caucusSideId)")
    @GetGeneratedKeys("id")
    long insertAgendaItem(
            @Bind("meetingId") long meetingId,
            @Bind("position") int position,
            @Bind("title") String title,
            @Bind("caucusSideId") Long caucusSideId);

    @SqlQuery("SELECT id, meeting_id, position, title, caucus_side_id FROM agenda_items WHERE meeting_id = :meetingId"
            + " ORDER BY position")
    List<AgendaItem> agenda(@Bind("meetingId") long meetingId);

    @SqlUpdate("DELETE FROM attendance WHERE meeting_id = :meetingId AND member_id = :memberId")
    void deleteAttendance(@Bind("meetingId") long meetingId, @Bind("memberId") long memberId);

    @SqlUpdate("INSERT INTO attendance (meeting_id, member_id, status) VALUES (:meetingId, :memberId, :status)")
    void insertAttendance(
            @Bind("meetingId") long meetingId,
            @Bind("memberId") long memberId,
            @Bind("status") AttendanceStatus status);

    @SqlQuery("SELECT meeting_id, member_id, status FROM attendance WHERE meeting_id = :meetingId ORDER BY member_id")
    List<Attendance> attendance(@Bind("meetingId") long meetingId);
}
