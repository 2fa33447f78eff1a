package org.parley.core.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * Schedules meetings: series expanded into separate meetings, one-off meetings, moves and
 * cancellations. Only administrators, the secretariat and co-chairs schedule. Thread-safe.
 */
public final class MeetingService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public MeetingService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Expands the series and stores every occurrence as its own meeting, hosts taken in rotation. */
    public List<Meeting> createSeries(Actor actor, long groupId, NewSeries series) {
        FieldChecks checks = new FieldChecks()
                .text("title", series.title(), 300)
                .present("firstDate", series.firstDate())
                .present("localStart", series.localStart())
                .notEmpty("rotation", series.rotation());
        MeetingChecks.duration(checks, series.durationMinutes());
        for (int i = 0; i < series.rotation().size(); i++) {
            MeetingChecks.venue(checks, "rotation[" + i + "]", series.rotation().get(i));
        }
        checks.orThrow();
        List<LocalDate> dates = SeriesExpander.dates(series.rule(), series.firstDate());
        return jdbi.inTransaction(handle -> {
            requireScheduler(handle, actor, groupId);
            for (int i = 0; i < series.rotation().size(); i++) {
                requireHostInGroup(handle, series.rotation().get(i), groupId, "rotation[" + i + "].hostSideId");
            }
            MeetingDao meetings = handle.attach(MeetingDao.class);
            long seriesId = meetings.insertSeries(
                    groupId,
                    series.title(),
                    series.rule(),
                    series.firstDate(),
                    series.localStart(),
                    series.durationMinutes(),
                    Instants.now(clock));
            List<Meeting> created = new ArrayList<>();
            for (int n = 0; n < dates.size(); n++) {
                Venue venue = series.rotation().get(n % series.rotation().size());
                long id = meetings.insertMeeting(
                        groupId,
                        seriesId,
                        n,
                        series.title(),
                        dates.get(n).atTime(series.localStart()),
                        series.durationMinutes(),
                        venue);
                created.add(meetings.find(id).orElseThrow());
            }
            audit.append(
                    handle,
                    actor,
                    "series.created",
                    Subject.of("series", seriesId),
                    AuditLog.details(
                            "groupId",
                            groupId,
                            "rule",
                            series.rule(),
                            "firstDate",
                            series.firstDate(),
                            "dates",
                            dates));
            return created;
        });
    }

    public Meeting schedule(
            Actor actor, long groupId, String title, LocalDateTime startsAtLocal, int durationMinutes, Venue venue) {
        FieldChecks checks = new FieldChecks().text("title", title, 300).present("startsAtLocal", startsAtLocal);
        MeetingChecks.venue(MeetingChecks.duration(checks, durationMinutes), "venue", venue)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            requireScheduler(handle, actor, groupId);
            requireHostInGroup(handle, venue, groupId, "venue.hostSideId");
            MeetingDao meetings = handle.attach(MeetingDao.class);
            long id = meetings.insertMeeting(groupId, null, null, title, startsAtLocal, durationMinutes, venue);
            audit.append(
                    handle,
                    actor,
                    "meeting.scheduled",
                    Subject.of("meeting", id),
                    AuditLog.details("groupId", groupId, "startsAtLocal", startsAtLocal, "timeZone", venue.timeZone()));
            return meetings.find(id).orElseThrow();
        });
    }

    /** Moves one meeting (date, time, venue); the rest of its series stays where it is. */
    public Meeting move(Actor actor, long meetingId, LocalDateTime startsAtLocal, Venue venue) {
        MeetingChecks.venue(new FieldChecks().present("startsAtLocal", startsAtLocal), "venue", venue)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            Meeting meeting = existing(handle, meetingId);
            requireScheduler(handle, actor, meeting.groupId());
            requireHostInGroup(handle, venue, meeting.groupId(), "venue.hostSideId");
            if (meeting.status() != MeetingStatus.SCHEDULED) {
                throw new ConflictException("meeting " + meetingId + " is " + meeting.status());
            }
            MeetingDao meetings = handle.attach(MeetingDao.class);
            meetings.move(meetingId, startsAtLocal, venue);
            audit.append(
                    handle,
                    actor,
                    "meeting.moved",
                    Subject.of("meeting", meetingId),
                    AuditLog.details(
                            "from", meeting.startsAtLocal() + " " + meeting.timeZone(),
                            "to", startsAtLocal + " " + venue.timeZone(),
                            "city", venue.city()));
            return meetings.find(meetingId).orElseThrow();
        });
    }

    public Meeting changeStatus(Actor actor, long meetingId, MeetingStatus status) {
        return jdbi.inTransaction(handle -> {
            Meeting meeting = existing(handle, meetingId);
            requireScheduler(handle, actor, meeting.groupId());
            handle.attach(MeetingDao.class).updateStatus(meetingId, status);
            audit.append(
                    handle,
                    actor,
                    "meeting.status-changed",
                    Subject.of("meeting", meetingId),
                    AuditLog.details("from", meeting.status(), "to", status));
            return existing(handle, meetingId);
        });
    }

    public List<Meeting> meetings(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(MeetingDao.class).ofGroup(groupId);
        });
    }

    public Meeting meeting(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            Meeting meeting = existing(handle, meetingId);
            Access.readable(handle, actor, meeting.groupId());
            return meeting;
        });
    }

    static Meeting existing(Handle handle, long meetingId) {
        return handle.attach(MeetingDao.class)
                .find(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private static void requireScheduler(Handle handle, Actor actor, long groupId) {
        if (handle.attach(GroupDao.class).findGroup(groupId).isEmpty()) {
            throw new NotFoundException("group", groupId);
        }
        Access.require(
                Access.rolesOf(handle, actor, groupId).managesGroup(),
                "only administrators, the secretariat and co-chairs schedule meetings");
    }

    private static void requireHostInGroup(Handle handle, Venue venue, long groupId, String field) {
        if (!MeetingChecks.hostBelongsTo(handle, venue, groupId)) {
            throw ValidationException.of(field, "is not a side of group " + groupId);
        }
    }
}
