package org.parley.core.meetings;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.members.MemberService;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.ValidationException;

/**
 * Agenda items and attendance. A side's caucus items are visible only to that side's members, not
 * even to administrators of the platform. Thread-safe.
 */
public final class AgendaService {

    private final Jdbi jdbi;
    private final AuditLog audit;

    public AgendaService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /**
     * Appends an item; with {@code caucusSideId} it is that side's private item, which only its leaders
     * may add.
     */
    public AgendaItem addItem(Actor actor, long meetingId, String title, Long caucusSideId) {
        new FieldChecks().text("title", title, 500).orThrow();
        return jdbi.inTransaction(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Roles roles = Access.rolesOf(handle, actor, meeting.groupId());
            if (caucusSideId == null) {
                Access.require(
                        roles.managesGroup(), "only administrators, the secretariat and co-chairs set the agenda");
            } else {
                Access.require(roles.leads(caucusSideId), "only a side's leaders add its caucus items");
            }
            MeetingDao meetings = handle.attach(MeetingDao.class);
            int position = meetings.lastAgendaPosition(meetingId) + 1;
            long id = meetings.insertAgendaItem(meetingId, position, title.strip(), caucusSideId);
            // The audit log is readable by auditors of both sides: a caucus item's title stays out of it.
            audit.append(
                    handle,
                    actor,
                    "agenda.item-added",
                    Subject.of("meeting", meetingId),
                    AuditLog.details(
                            "itemId",
                            id,
                            "caucusSideId",
                            caucusSideId,
                            "title",
                            caucusSideId == null ? title.strip() : null));
            return new AgendaItem(id, meetingId, position, title.strip(), caucusSideId);
        });
    }

    /** The agenda as the actor may see it: shared items plus their own sides' caucus items. */
    public List<AgendaItem> agenda(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Roles roles = Access.readable(handle, actor, meeting.groupId());
            return handle.attach(MeetingDao.class).agenda(meetingId).stream()
                    .filter(item -> item.caucusSideId() == null || roles.onSide(item.caucusSideId()))
                    .toList();
        });
    }

    public Attendance recordAttendance(Actor actor, long meetingId, long memberId, AttendanceStatus status) {
        new FieldChecks().present("status", status).orThrow();
        return jdbi.inTransaction(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Access.require(
                    Access.rolesOf(handle, actor, meeting.groupId()).managesGroup(),
                    "only administrators, the secretariat and co-chairs record attendance");
            if (MemberService.existing(handle, memberId).groupId() != meeting.groupId()) {
                throw ValidationException.of("memberId", "is not a member of the meeting's group");
            }
            MeetingDao meetings = handle.attach(MeetingDao.class);
            meetings.deleteAttendance(meetingId, memberId);
            meetings.insertAttendance(meetingId, memberId, status);
            audit.append(
                    handle,
                    actor,
                    "attendance.recorded",
                    Subject.of("meeting", meetingId),
                    AuditLog.details("memberId", memberId, "status", status));
            return new Attendance(meetingId, memberId, status);
        });
    }

    public List<Attendance> attendance(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Access.readable(handle, actor, meeting.groupId());
            return handle.attach(MeetingDao.class).attendance(meetingId);
        });
    }
}
