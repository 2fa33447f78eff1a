package org.parley.core.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/** Records alternates standing in for absent members of the same side. Thread-safe. */
public final class SubstitutionService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public SubstitutionService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Substitution recordSubstitution(
            Actor actor,
            long absentMemberId,
            long alternateMemberId,
            LocalDate startsOn,
            LocalDate endsOn,
            String reason) {
        new FieldChecks()
                .present("startsOn", startsOn)
                .present("endsOn", endsOn)
                .check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn", "is before startsOn")
                .text("reason", reason, 1000)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            Member absent = MemberService.existing(handle, absentMemberId);
            Member alternate = MemberService.existing(handle, alternateMemberId);
            Access.require(
                    Access.rolesOf(handle, actor, absent.groupId()).managesSide(absent.sideId()),
                    "only administrators, the secretariat and the side's leaders record substitutions");
            if (alternate.sideId() != absent.sideId()
                    || alternate.role() != Role.ALTERNATE
                    || alternate.status() != MemberStatus.ACTIVE) {
                throw new ConflictException(
                        "member " + alternateMemberId + " is not an active alternate of the absent member's side");
            }
            MemberDao members = handle.attach(MemberDao.class);
            long id = members.insertSubstitution(
                    absent.sideId(), absentMemberId, alternateMemberId, startsOn, endsOn, reason, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "member.substituted",
                    Subject.of("substitution", id),
                    AuditLog.details(
                            "absentMemberId", absentMemberId,
                            "alternateMemberId", alternateMemberId,
                            "startsOn", startsOn,
                            "endsOn", endsOn,
                            "reason", reason));
            return members.substitutions(absent.sideId()).stream()
                    .filter(substitution -> substitution.id() == id)
                    .findFirst()
                    .orElseThrow();
        });
    }

    public List<Substitution> substitutions(Actor actor, long sideId) {
        return jdbi.withHandle(handle -> {
            Side side = handle.attach(GroupDao.class)
                    .findSide(sideId)
                    .orElseThrow(() -> new NotFoundException("side", sideId));
            Access.readable(handle, actor, side.groupId());
            return handle.attach(MemberDao.class).substitutions(sideId);
        });
    }
}
