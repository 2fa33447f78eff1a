package org.parley.core.members;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * Memberships: adding (with screening and the side's seat cap), role changes, removal, heads of
 * delegation. Substitutions live in {@link SubstitutionService}. Every change is audited. Thread-safe.
 */
public final class MemberService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final MemberScreening screening;

    public MemberService(Jdbi jdbi, Clock clock, AuditLog audit, MemberScreening screening) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.screening = screening;
    }

    /**
     * Adds a member after screening the person and the organisation: a possible match puts the
     * membership {@link MemberStatus#ON_HOLD} with an open {@link ScreeningReview}.
     *
     * @throws ConflictException when the role is seated and the side's cap is reached
     */
    public Member addMember(Actor actor, NewMember member) {
        MemberChecks.check(member);
        ScreeningOutcome outcome = screening.screen(member.fullName(), member.organisation(), member.nationalities());
        return jdbi.inTransaction(handle -> {
            Side side = lockSide(handle, member.sideId());
            Access.require(
                    Access.rolesOf(handle, actor, side.groupId()).managesSide(side.id()),
                    "only administrators, the secretariat and the side's leaders add its members");
            if (member.role().seated()) {
                requireFreeSeat(handle, side);
            }
            Instant now = Instants.now(clock);
            long id = MemberRepository.insert(handle, side.groupId(), member, MemberStatus.ACTIVE, now);
            audit.append(
                    handle,
                    actor,
                    "member.added",
                    Subject.of("member", id),
                    AuditLog.details(
                            "groupId", side.groupId(),
                            "sideId", side.id(),
                            "fullName", member.fullName(),
                            "organisation", member.organisation(),
                            "role", member.role(),
                            "userId", member.userId()));
            Member added = MemberRepository.find(handle, id).orElseThrow();
            if (!outcome.matches().isEmpty()) {
                ScreeningHold.open(handle, audit, actor, added, outcome, now);
            }
            return MemberRepository.find(handle, id).orElseThrow();
        });
    }

    public Member changeRole(Actor actor, long memberId, Role role) {
        return jdbi.inTransaction(handle -> {
            Member member = existing(handle, memberId);
            Side side = lockSide(handle, member.sideId());
            Access.require(
                    Access.rolesOf(handle, actor, side.groupId()).managesSide(side.id()),
                    "only administrators, the secretariat and the side's leaders change its members' roles");
            if (role.seated() && !member.role().seated()) {
                requireFreeSeat(handle, side);
            }
            handle.attach(MemberDao.class).updateRole(memberId, role);
            audit.append(
                    handle,
                    actor,
                    "member.role-changed",
                    Subject.of("member", memberId),
                    AuditLog.details("from", member.role(), "to", role));
            return existing(handle, memberId);
        });
    }

    /** Ends a membership, freeing its seat; a removed head of delegation leaves the post vacant. */
    public Member removeMember(Actor actor, long memberId, String reason) {
        return jdbi.inTransaction(handle -> {
            Member member = existing(handle, memberId);
            Side side = lockSide(handle, member.sideId());
            Access.require(
                    Access.rolesOf(handle, actor, side.groupId()).managesSide(side.id()),
                    "only administrators, the secretariat and the side's leaders remove its members");
            if (member.status() == MemberStatus.REMOVED) {
                throw new ConflictException("member " + memberId + " is already removed");
            }
            handle.attach(MemberDao.class).updateStatus(memberId, MemberStatus.REMOVED);
            if (Long.valueOf(memberId).equals(side.headMemberId())) {
                handle.attach(GroupDao.class).updateHead(side.id(), null);
            }
            audit.append(
                    handle,
                    actor,
                    "member.removed",
                    Subject.of("member", memberId),
                    AuditLog.details("reason", reason));
            return existing(handle, memberId);
        });
    }

    /** Makes an active member of the side its head of delegation. */
    public Side appointHead(Actor actor, long sideId, long memberId) {
        return jdbi.inTransaction(handle -> {
            Side side = lockSide(handle, sideId);
            Access.require(
                    Access.rolesOf(handle, actor, side.groupId()).managesSide(sideId),
                    "only administrators, the secretariat and the side's leaders appoint its head");
            Member member = existing(handle, memberId);
            if (member.sideId() != sideId || member.status() != MemberStatus.ACTIVE) {
                throw new ConflictException("member " + memberId + " is not an active member of side " + sideId);
            }
            handle.attach(GroupDao.class).updateHead(sideId, memberId);
            audit.append(
                    handle,
                    actor,
                    "side.head-appointed",
                    Subject.of("side", sideId),
                    AuditLog.details("memberId", memberId, "previous", side.headMemberId()));
            return handle.attach(GroupDao.class).findSide(sideId).orElseThrow();
        });
    }

    public List<Member> members(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return MemberRepository.ofGroup(handle, groupId);
        });
    }

    public Member member(Actor actor, long memberId) {
        return jdbi.withHandle(handle -> {
            Member member = existing(handle, memberId);
            Access.readable(handle, actor, member.groupId());
            return member;
        });
    }

    /** The member, or {@link NotFoundException}; for other features' services, within their transaction. */
    public static Member existing(Handle handle, long memberId) {
        return MemberRepository.find(handle, memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private static Side lockSide(Handle handle, long sideId) {
        return handle.attach(GroupDao.class).lockSide(sideId).orElseThrow(() -> new NotFoundException("side", sideId));
    }

    private static void requireFreeSeat(Handle handle, Side side) {
        if (handle.attach(GroupDao.class).seatsTaken(side.id()) >= side.memberCap()) {
            throw new ConflictException(
                    side.name() + " has reached its cap of " + side.memberCap() + " seated members");
        }
    }
}
