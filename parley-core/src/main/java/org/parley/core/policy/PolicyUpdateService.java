package org.parley.core.policy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.ValidationException;

/**
 * The policy-update exchange of a group: members post updates for their side and read everyone's,
 * filtered by any field; the posting side may correct or withdraw its own. Thread-safe.
 */
public final class PolicyUpdateService {

    static final int WITHDRAWAL_REASON_LENGTH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public PolicyUpdateService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Posts an update for the poster's side; any member of the group may. */
    public PolicyUpdate post(Actor actor, long groupId, NewPolicyUpdate update) {
        PolicyUpdateChecks.check(update);
        return jdbi.inTransaction(handle -> {
            Roles roles = Access.rolesOf(handle, actor, groupId);
            Access.require(roles.isMember(), "only members of group " + groupId + " post policy updates");
            long sideId = side(roles, update.sideId());
            long id =
                    PolicyUpdateRepository.insert(handle, groupId, sideId, roles.userId(), update, Instants.now(clock));
            PolicyUpdate posted = PolicyUpdateRepository.load(handle, id);
            audit.append(
                    handle,
                    actor,
                    "policy-update.posted",
                    Subject.of("policy-update", id),
                    AuditLog.details(
                            "groupId",
                            groupId,
                            "sideId",
                            sideId,
                            "jurisdiction",
                            posted.jurisdiction(),
                            "issuingBody",
                            posted.issuingBody(),
                            "instrumentType",
                            posted.instrumentType(),
                            "publishedOn",
                            posted.publishedOn(),
                            "citation",
                            posted.citation(),
                            "titles",
                            titles(posted)));
            return posted;
        });
    }

    /** The input rules {@link #post} and {@link #edit} apply, without storing anything: every broken rule. */
    public List<ValidationException.FieldError> problems(NewPolicyUpdate update) {
        try {
            PolicyUpdateChecks.check(update);
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    /** Replaces the update's content; members of the side that posted it may, until it is withdrawn. */
    public PolicyUpdate edit(Actor actor, long updateId, NewPolicyUpdate update) {
        PolicyUpdateChecks.check(update);
        return jdbi.inTransaction(handle -> {
            PolicyUpdate before = ownSidesUpdate(handle, actor, updateId, "correct");
            PolicyUpdateRepository.replace(handle, updateId, update, Instants.now(clock));
            PolicyUpdate after = PolicyUpdateRepository.load(handle, updateId);
            audit.append(
                    handle,
                    actor,
                    "policy-update.edited",
                    Subject.of("policy-update", updateId),
                    AuditLog.details(
                            "groupId",
                            after.groupId(),
                            "titlesBefore",
                            titles(before),
                            "titles",
                            titles(after),
                            "citation",
                            after.citation(),
                            "publishedOn",
                            after.publishedOn()));
            return after;
        });
    }

    /** Marks the update withdrawn; it stays listed, marked, because members may have acted on it. */
    public PolicyUpdate withdraw(Actor actor, long updateId, String reason) {
        new FieldChecks()
                .optionalText("reason", reason, WITHDRAWAL_REASON_LENGTH)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            PolicyUpdate update = ownSidesUpdate(handle, actor, updateId, "withdraw");
            long userId = Access.rolesOf(handle, actor, update.groupId()).userId();
            handle.attach(PolicyUpdateDao.class)
                    .withdraw(updateId, userId, Instants.now(clock), PolicyUpdateRepository.blankToNull(reason));
            audit.append(
                    handle,
                    actor,
                    "policy-update.withdrawn",
                    Subject.of("policy-update", updateId),
                    AuditLog.details("groupId", update.groupId(), "titles", titles(update), "reason", reason));
            return PolicyUpdateRepository.load(handle, updateId);
        });
    }

    /** Whether the actor sits on the side that posted the update, so may correct or withdraw it. */
    public boolean mayChange(Actor actor, PolicyUpdate update) {
        return jdbi.withHandle(
                handle -> Access.rolesOf(handle, actor, update.groupId()).onSide(update.sideId()));
    }

    public PolicyUpdate update(Actor actor, long updateId) {
        return jdbi.withHandle(handle -> {
            PolicyUpdate update = PolicyUpdateRepository.load(handle, updateId);
            Access.readable(handle, actor, update.groupId());
            return update;
        });
    }

    /** The group's updates that pass {@code filter}, newest publication first. */
    public List<PolicyUpdate> updates(Actor actor, long groupId, PolicyUpdateFilter filter) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return PolicyUpdateSearch.ids(handle, groupId, filter).stream()
                    .map(id -> PolicyUpdateRepository.load(handle, id))
                    .toList();
        });
    }

    /** The update, provided the actor sits on its side and it still stands. */
    static PolicyUpdate ownSidesUpdate(Handle handle, Actor actor, long updateId, String verb) {
        PolicyUpdate update = PolicyUpdateRepository.load(handle, updateId);
        Roles roles = Access.readable(handle, actor, update.groupId());
        Access.require(roles.onSide(update.sideId()), "only members of the side that posted an update " + verb + " it");
        if (update.withdrawn()) {
            throw new ConflictException("policy update " + updateId + " was withdrawn on " + update.withdrawnAt());
        }
        return update;
    }

    private static Map<String, String> titles(PolicyUpdate update) {
        return update.texts().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, text -> text.getValue().title()));
    }

    /** The side the update is posted for: the one named, or the poster's only side. */
    private static long side(Roles roles, Long requested) {
        Set<Long> sides = roles.sides();
        if (requested != null) {
            Access.require(sides.contains(requested), "members post policy updates only for their own side");
            return requested;
        }
        if (sides.size() != 1) {
            throw ValidationException.of("sideId", "is required: you sit on several sides of this group");
        }
        return sides.iterator().next();
    }
}
