package org.parley.core.policy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.Instants;
import org.parley.core.system.ValidationException;

/**
 * The policy-update exchange of a group: members post updates for their side and read everyone's,
 * filtered by any field. Thread-safe.
 */
public final class PolicyUpdateService {

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
