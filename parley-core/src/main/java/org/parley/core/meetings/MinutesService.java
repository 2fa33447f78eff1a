package org.parley.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.meetings.MinutesDao.MinutesRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * Minutes: drafted by the secretariat or co-chairs, approved only when each side's co-chair has
 * approved the same revision; approved minutes are frozen. Thread-safe.
 */
public final class MinutesService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public MinutesService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Writes or revises the draft; a revision voids approvals given to earlier revisions. */
    public Minutes saveDraft(Actor actor, long meetingId, String body) {
        new FieldChecks().text("body", body, 1_000_000).orThrow();
        return jdbi.inTransaction(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Access.require(
                    Access.rolesOf(handle, actor, meeting.groupId()).managesGroup(),
                    "only administrators, the secretariat and co-chairs write minutes");
            MinutesDao minutes = handle.attach(MinutesDao.class);
            Instant now = Instants.now(clock);
            var current = minutes.lock(meetingId);
            if (current.isEmpty()) {
                minutes.insert(meetingId, body, now);
            } else if (current.get().status() == MinutesStatus.APPROVED) {
                throw new ConflictException("the minutes of meeting " + meetingId + " are approved and frozen");
            } else {
                minutes.revise(meetingId, body, now);
            }
            Minutes saved = load(handle, meetingId);
            audit.append(
                    handle,
                    actor,
                    "minutes.drafted",
                    Subject.of("meeting", meetingId),
                    AuditLog.details("revision", saved.revision(), "body", body));
            return saved;
        });
    }

    /** Approves the current revision for {@code sideId}; the actor must be that side's co-chair. */
    public Minutes approve(Actor actor, long meetingId, long sideId, int revision) {
        return jdbi.inTransaction(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Roles roles = Access.rolesOf(handle, actor, meeting.groupId());
            Access.require(roles.has(Role.CO_CHAIR, sideId), "only the side's co-chair approves minutes for it");
            MinutesDao minutes = handle.attach(MinutesDao.class);
            MinutesRow row = minutes.lock(meetingId).orElseThrow(() -> new NotFoundException("minutes", meetingId));
            if (row.status() == MinutesStatus.APPROVED) {
                throw new ConflictException("the minutes of meeting " + meetingId + " are already approved");
            }
            if (row.revision() != revision) {
                throw new ConflictException(
                        "revision " + revision + " is outdated; the draft is at revision " + row.revision());
            }
            if (minutes.approvingSides(meetingId, revision).contains(sideId)) {
                throw new ConflictException("side " + sideId + " already approved revision " + revision);
            }
            Instant now = Instants.now(clock);
            minutes.insertApproval(meetingId, sideId, revision, roles.userId(), now);
            audit.append(
                    handle,
                    actor,
                    "minutes.approved-by-side",
                    Subject.of("meeting", meetingId),
                    AuditLog.details("sideId", sideId, "revision", revision));
            if (minutes.approvingSides(meetingId, revision).containsAll(sideIds(handle, meeting.groupId()))) {
                minutes.markApproved(meetingId, now);
                audit.append(
                        handle,
                        actor,
                        "minutes.approved",
                        Subject.of("meeting", meetingId),
                        AuditLog.details("revision", revision));
            }
            return load(handle, meetingId);
        });
    }

    public Minutes minutes(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            Meeting meeting = MeetingService.existing(handle, meetingId);
            Access.readable(handle, actor, meeting.groupId());
            return load(handle, meetingId);
        });
    }

    private static Minutes load(Handle handle, long meetingId) {
        MinutesDao minutes = handle.attach(MinutesDao.class);
        MinutesRow row = minutes.find(meetingId).orElseThrow(() -> new NotFoundException("minutes", meetingId));
        return new Minutes(
                row.meetingId(),
                row.body(),
                row.status(),
                row.revision(),
                row.updatedAt(),
                row.approvedAt(),
                minutes.approvingSides(meetingId, row.revision()));
    }

    private static Set<Long> sideIds(Handle handle, long groupId) {
        return handle.attach(GroupDao.class).sides(groupId).stream()
                .map(Side::id)
                .collect(Collectors.toSet());
    }
}
