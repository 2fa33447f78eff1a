package org.parley.core.actions;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.actions.ActionDao.OutcomeRow;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * Outcomes and commitments of meetings, with each side's implementation status tracked across later
 * meetings. Thread-safe.
 */
public final class OutcomeService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public OutcomeService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Outcome record(Actor actor, long groupId, long meetingId, String text) {
        new FieldChecks().text("text", text, 100_000).orThrow();
        return jdbi.inTransaction(handle -> {
            Access.require(
                    Access.rolesOf(handle, actor, groupId).managesGroup(),
                    "only administrators, the secretariat and co-chairs record outcomes");
            MeetingLinks.requireInGroup(handle, meetingId, groupId);
            long id = handle.attach(ActionDao.class).insertOutcome(groupId, meetingId, text, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "outcome.recorded",
                    Subject.of("outcome", id),
                    AuditLog.details("meetingId", meetingId, "text", text));
            return load(handle, existing(handle, id));
        });
    }

    /** Reports a side's implementation status; its leaders or the secretariat may. */
    public Outcome reportProgress(
            Actor actor, long outcomeId, long sideId, ImplementationStatus status, Long meetingId, String note) {
        new FieldChecks()
                .present("status", status)
                .optionalText("note", note, 2000)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            OutcomeRow outcome = existing(handle, outcomeId);
            if (sides(handle, outcome.groupId()).stream().noneMatch(side -> side.id() == sideId)) {
                throw ValidationException.of("sideId", "is not a side of group " + outcome.groupId());
            }
            Roles roles = Access.rolesOf(handle, actor, outcome.groupId());
            Access.require(
                    roles.leads(sideId) || roles.has(Role.SECRETARIAT),
                    "only the side's leaders and the secretariat report its implementation");
            MeetingLinks.requireInGroup(handle, meetingId, outcome.groupId());
            handle.attach(ActionDao.class)
                    .insertProgress(
                            outcomeId, sideId, meetingId, status, note == null ? "" : note, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "outcome.progress",
                    Subject.of("outcome", outcomeId),
                    AuditLog.details("sideId", sideId, "status", status, "meetingId", meetingId, "note", note));
            return load(handle, outcome);
        });
    }

    public List<Outcome> outcomes(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(ActionDao.class).outcomes(groupId).stream()
                    .map(row -> load(handle, row))
                    .toList();
        });
    }

    public List<ProgressReport> history(Actor actor, long outcomeId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, existing(handle, outcomeId).groupId());
            return handle.attach(ActionDao.class).outcomeHistory(outcomeId);
        });
    }

    private static Outcome load(Handle handle, OutcomeRow row) {
        Map<Long, ImplementationStatus> statusBySide = new HashMap<>();
        sides(handle, row.groupId()).forEach(side -> statusBySide.put(side.id(), ImplementationStatus.NOT_STARTED));
        // History is oldest first, so the last report per side wins.
        handle.attach(ActionDao.class)
                .outcomeHistory(row.id())
                .forEach(report -> statusBySide.put(report.sideId(), ImplementationStatus.valueOf(report.status())));
        return new Outcome(row.id(), row.groupId(), row.meetingId(), row.text(), row.createdAt(), statusBySide);
    }

    private static OutcomeRow existing(Handle handle, long outcomeId) {
        return handle.attach(ActionDao.class)
                .findOutcome(outcomeId)
                .orElseThrow(() -> new NotFoundException("outcome", outcomeId));
    }

    private static List<Side> sides(Handle handle, long groupId) {
        return handle.attach(GroupDao.class).sides(groupId);
    }
}
