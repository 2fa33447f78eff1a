package org.parley.core.policy;

import java.time.Clock;
import java.util.List;
import java.util.function.LongPredicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.policy.AgendaLinkDao.ItemRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * Puts policy updates on a meeting's agenda (typically under "Exchange of policy updates") and lists
 * them for the meeting pack. A caucus item and what is linked to it stay visible only to its side.
 * Thread-safe.
 */
public final class PolicyAgendaService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public PolicyAgendaService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Links the update to the item; its poster or whoever manages the group may. */
    public AgendaPolicyUpdate link(Actor actor, long agendaItemId, long updateId) {
        return jdbi.inTransaction(handle -> {
            ItemRow item = visibleItem(handle, actor, agendaItemId);
            PolicyUpdate update = PolicyUpdateRepository.load(handle, updateId);
            if (update.groupId() != item.groupId()) {
                throw ValidationException.of("updateId", "is a policy update of another group");
            }
            Roles roles = posterOrManager(handle, actor, item, update);
            PolicyUpdateDao links = handle.attach(PolicyUpdateDao.class);
            if (links.linkCount(agendaItemId, updateId) > 0) {
                throw new ConflictException("policy update " + updateId + " is already on agenda item " + agendaItemId);
            }
            links.link(agendaItemId, updateId, roles.userId(), Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "policy-update.put-on-agenda",
                    Subject.of("meeting", item.meetingId()),
                    AuditLog.details("agendaItemId", agendaItemId, "updateId", updateId));
            return new AgendaPolicyUpdate(item.id(), item.position(), item.title(), item.caucusSideId(), update);
        });
    }

    /** Takes the update off the item again, under the same rule as linking. */
    public void unlink(Actor actor, long agendaItemId, long updateId) {
        jdbi.useTransaction(handle -> {
            ItemRow item = visibleItem(handle, actor, agendaItemId);
            PolicyUpdate update = PolicyUpdateRepository.load(handle, updateId);
            posterOrManager(handle, actor, item, update);
            if (handle.attach(PolicyUpdateDao.class).unlink(agendaItemId, updateId) == 0) {
                throw new NotFoundException("policy update on agenda item " + agendaItemId, updateId);
            }
            audit.append(
                    handle,
                    actor,
                    "policy-update.taken-off-agenda",
                    Subject.of("meeting", item.meetingId()),
                    AuditLog.details("agendaItemId", agendaItemId, "updateId", updateId));
        });
    }

    /** The meeting pack's policy updates: per visible agenda item in agenda order. */
    public List<AgendaPolicyUpdate> forMeeting(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            long groupId = handle.attach(AgendaLinkDao.class)
                    .meetingGroup(meetingId)
                    .orElseThrow(() -> new NotFoundException("meeting", meetingId));
            Roles roles = Access.readable(handle, actor, groupId);
            return onAgenda(handle, meetingId, roles::onSide);
        });
    }

    /**
     * The policy updates on the meeting's agenda, within the caller's handle and access check: per
     * item in agenda order, a caucus item's only when {@code caucusShown} accepts its side.
     */
    public static List<AgendaPolicyUpdate> onAgenda(Handle handle, long meetingId, LongPredicate caucusShown) {
        return handle.attach(AgendaLinkDao.class).links(meetingId).stream()
                .filter(link -> link.caucusSideId() == null || caucusShown.test(link.caucusSideId()))
                .map(link -> new AgendaPolicyUpdate(
                        link.agendaItemId(),
                        link.position(),
                        link.title(),
                        link.caucusSideId(),
                        PolicyUpdateRepository.load(handle, link.updateId())))
                .toList();
    }

    private static Roles posterOrManager(Handle handle, Actor actor, ItemRow item, PolicyUpdate update) {
        Roles roles = Access.rolesOf(handle, actor, item.groupId());
        Access.require(
                Long.valueOf(update.postedBy()).equals(roles.userId()) || roles.managesGroup(),
                "only its poster, the secretariat, co-chairs and administrators move an update on or off the agenda");
        return roles;
    }

    /** The item, provided the actor may read its group and, for a caucus item, sits on its side. */
    private static ItemRow visibleItem(Handle handle, Actor actor, long agendaItemId) {
        ItemRow item = handle.attach(AgendaLinkDao.class)
                .item(agendaItemId)
                .orElseThrow(() -> new NotFoundException("agenda item", agendaItemId));
        Roles roles = Access.readable(handle, actor, item.groupId());
        if (item.caucusSideId() != null && !roles.onSide(item.caucusSideId())) {
            throw new NotFoundException("agenda item", agendaItemId);
        }
        return item;
    }
}
