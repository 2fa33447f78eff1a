package org.parley.core.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.members.Member;
import org.parley.core.members.MemberService;
import org.parley.core.members.MemberStatus;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * Action items: raised at a meeting, owned by a member for their side, and reported on at later
 * meetings until done. Thread-safe.
 */
public final class ActionService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public ActionService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Raises an item owned by an active member; the owner's side is the item's side. */
    public ActionItem create(Actor actor, long ownerMemberId, Long meetingId, String title, LocalDate dueDate) {
        new FieldChecks().text("title", title, 500).present("dueDate", dueDate).orThrow();
        return jdbi.inTransaction(handle -> {
            Member owner = MemberService.existing(handle, ownerMemberId);
            Access.require(
                    Access.rolesOf(handle, actor, owner.groupId()).managesGroup(),
                    "only administrators, the secretariat and co-chairs raise action items");
            if (owner.status() != MemberStatus.ACTIVE) {
                throw new ConflictException("member " + ownerMemberId + " is " + owner.status());
            }
            MeetingLinks.requireInGroup(handle, meetingId, owner.groupId());
            ActionDao actions = handle.attach(ActionDao.class);
            long id = actions.insertItem(
                    owner.groupId(),
                    meetingId,
                    title.strip(),
                    ownerMemberId,
                    owner.sideId(),
                    dueDate,
                    Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "action.created",
                    Subject.of("action", id),
                    AuditLog.details(
                            "title",
                            title.strip(),
                            "ownerMemberId",
                            ownerMemberId,
                            "dueDate",
                            dueDate,
                            "meetingId",
                            meetingId));
            return actions.findItem(id).orElseThrow();
        });
    }

    /** Reports progress, at {@code meetingId} when reported during a meeting. */
    public ActionItem report(Actor actor, long itemId, ActionStatus status, Long meetingId, String note) {
        new FieldChecks()
                .present("status", status)
                .optionalText("note", note, 2000)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            ActionDao actions = handle.attach(ActionDao.class);
            ActionItem item = existing(handle, itemId);
            Roles roles = Access.rolesOf(handle, actor, item.groupId());
            boolean owner = roles.seats().stream().anyMatch(seat -> seat.memberId() == item.ownerMemberId());
            Access.require(
                    owner || roles.managesGroup() || roles.leads(item.sideId()),
                    "only the owner, the side's leaders, the secretariat and co-chairs report on an action item");
            MeetingLinks.requireInGroup(handle, meetingId, item.groupId());
            actions.updateItemStatus(itemId, status);
            actions.insertItemUpdate(itemId, meetingId, status, note == null ? "" : note, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "action.reported",
                    Subject.of("action", itemId),
                    AuditLog.details("from", item.status(), "to", status, "meetingId", meetingId, "note", note));
            return existing(handle, itemId);
        });
    }

    /** Items still open or in progress, earliest due first: the standing review list of each meeting. */
    /** Every action item of the group, whatever its status, by due date. */
    public List<ActionItem> items(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(ActionDao.class).items(groupId);
        });
    }

    public List<ActionItem> openItems(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(ActionDao.class).openItems(groupId);
        });
    }

    public List<ProgressReport> history(Actor actor, long itemId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, existing(handle, itemId).groupId());
            return handle.attach(ActionDao.class).itemHistory(itemId);
        });
    }

    private static ActionItem existing(Handle handle, long itemId) {
        return handle.attach(ActionDao.class)
                .findItem(itemId)
                .orElseThrow(() -> new NotFoundException("action item", itemId));
    }
}
