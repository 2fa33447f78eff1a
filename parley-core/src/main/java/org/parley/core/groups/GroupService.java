package org.parley.core.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.accounts.AccountService;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/** Groups, their sides, charter, goals and milestones. Every change is audited. Thread-safe. */
public final class GroupService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public GroupService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a group with two or more sides; only administrators may. */
    public Group createGroup(Actor actor, NewGroup group) {
        FieldChecks checks = new FieldChecks()
                .text("name", group.name(), 200)
                .text("charter", group.charter(), 100_000)
                .check(group.sides().size() >= 2, "sides", "a group needs at least two sides");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < group.sides().size(); i++) {
            NewSide side = group.sides().get(i);
            checks.text("sides[" + i + "].name", side.name(), 100)
                    .check(side.memberCap() > 0, "sides[" + i + "].memberCap", "must be at least 1")
                    .check(
                            side.name() == null || names.add(side.name().strip()),
                            "sides[" + i + "].name",
                            "repeats another side's name");
        }
        checks.orThrow();
        return jdbi.inTransaction(handle -> {
            AccountService.requireAdmin(handle, actor);
            GroupDao groups = handle.attach(GroupDao.class);
            if (groups.countGroupsNamed(group.name().strip()) > 0) {
                throw new ConflictException("a group named " + group.name().strip() + " already exists");
            }
            long id = groups.insertGroup(group.name().strip(), group.charter(), Instants.now(clock));
            for (NewSide side : group.sides()) {
                groups.insertSide(id, side.name().strip(), side.memberCap());
            }
            audit.append(
                    handle,
                    actor,
                    "group.created",
                    Subject.of("group", id),
                    AuditLog.details(
                            "name",
                            group.name().strip(),
                            "sides",
                            group.sides().stream().map(NewSide::name).toList()));
            return groups.findGroup(id).orElseThrow();
        });
    }

    public Group group(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Group group = existing(handle, groupId);
            Access.readable(handle, actor, groupId);
            return group;
        });
    }

    /** The groups the actor belongs to (all groups for administrators). */
    public List<Group> groupsOf(Actor actor) {
        return jdbi.withHandle(handle -> {
            GroupDao groups = handle.attach(GroupDao.class);
            if (AccountService.isAdmin(handle, actor)) {
                return groups.allGroups();
            }
            return actor instanceof Actor.UserActor user ? groups.groupsOfUser(user.userId()) : List.of();
        });
    }

    /**
     * What the actor is in the group (seats, sides headed, administrator), provided they may read it;
     * lets a user interface offer only what the services will allow.
     */
    public Roles roles(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            if (handle.attach(GroupDao.class).findGroup(groupId).isEmpty()) {
                throw new NotFoundException("group", groupId);
            }
            return Access.readable(handle, actor, groupId);
        });
    }

    public List<Side> sides(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            existing(handle, groupId);
            Access.readable(handle, actor, groupId);
            return handle.attach(GroupDao.class).sides(groupId);
        });
    }

    public void updateCharter(Actor actor, long groupId, String charter) {
        new FieldChecks().text("charter", charter, 100_000).orThrow();
        jdbi.useTransaction(handle -> {
            requireManager(handle, actor, groupId);
            handle.attach(GroupDao.class).updateCharter(groupId, charter);
            audit.append(
                    handle,
                    actor,
                    "group.charter-updated",
                    Subject.of("group", groupId),
                    AuditLog.details("charter", charter));
        });
    }

    /** Changes a side's seat cap; it cannot drop below the seats already taken. */
    public Side changeMemberCap(Actor actor, long sideId, int memberCap) {
        new FieldChecks()
                .check(memberCap > 0, "memberCap", "must be at least 1")
                .orThrow();
        return jdbi.inTransaction(handle -> {
            GroupDao groups = handle.attach(GroupDao.class);
            Side side = groups.lockSide(sideId).orElseThrow(() -> new NotFoundException("side", sideId));
            requireManager(handle, actor, side.groupId());
            int taken = groups.seatsTaken(sideId);
            if (memberCap < taken) {
                throw new ConflictException(side.name() + " already has " + taken + " seated members");
            }
            groups.updateCap(sideId, memberCap);
            audit.append(
                    handle,
                    actor,
                    "side.cap-changed",
                    Subject.of("side", sideId),
                    AuditLog.details("from", side.memberCap(), "to", memberCap));
            return groups.findSide(sideId).orElseThrow();
        });
    }

    public Goal addGoal(Actor actor, long groupId, String title, String description) {
        new FieldChecks()
                .text("title", title, 300)
                .optionalText("description", description, 100_000)
                .orThrow();
        return jdbi.inTransaction(handle -> {
            requireManager(handle, actor, groupId);
            GroupDao groups = handle.attach(GroupDao.class);
            long id = groups.insertGoal(groupId, title.strip(), description == null ? "" : description);
            audit.append(
                    handle,
                    actor,
                    "goal.added",
                    Subject.of("goal", id),
                    AuditLog.details("groupId", groupId, "title", title.strip()));
            return new Goal(id, groupId, title.strip(), description == null ? "" : description);
        });
    }

    public List<Goal> goals(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(GroupDao.class).goals(groupId);
        });
    }

    public Milestone addMilestone(Actor actor, long groupId, Long goalId, String title, LocalDate dueDate) {
        new FieldChecks().text("title", title, 300).present("dueDate", dueDate).orThrow();
        return jdbi.inTransaction(handle -> {
            requireManager(handle, actor, groupId);
            GroupDao groups = handle.attach(GroupDao.class);
            if (goalId != null && groups.goals(groupId).stream().noneMatch(goal -> goal.id() == goalId)) {
                throw new NotFoundException("goal of group " + groupId, goalId);
            }
            long id = groups.insertMilestone(groupId, goalId, title.strip(), dueDate);
            audit.append(
                    handle,
                    actor,
                    "milestone.added",
                    Subject.of("milestone", id),
                    AuditLog.details("groupId", groupId, "goalId", goalId, "title", title.strip(), "dueDate", dueDate));
            return groups.findMilestone(id).orElseThrow();
        });
    }

    public Milestone changeMilestoneStatus(Actor actor, long milestoneId, MilestoneStatus status) {
        new FieldChecks().present("status", status).orThrow();
        return jdbi.inTransaction(handle -> {
            GroupDao groups = handle.attach(GroupDao.class);
            Milestone milestone = groups.findMilestone(milestoneId)
                    .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
            requireManager(handle, actor, milestone.groupId());
            groups.updateMilestoneStatus(milestoneId, status);
            audit.append(
                    handle,
                    actor,
                    "milestone.status-changed",
                    Subject.of("milestone", milestoneId),
                    AuditLog.details("from", milestone.status(), "to", status));
            return groups.findMilestone(milestoneId).orElseThrow();
        });
    }

    public List<Milestone> milestones(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.attach(GroupDao.class).milestones(groupId);
        });
    }

    private static Group existing(Handle handle, long groupId) {
        return handle.attach(GroupDao.class)
                .findGroup(groupId)
                .orElseThrow(() -> new NotFoundException("group", groupId));
    }

    private static void requireManager(Handle handle, Actor actor, long groupId) {
        existing(handle, groupId);
        Roles roles = Access.rolesOf(handle, actor, groupId);
        Access.require(roles.managesGroup(), "only administrators, the secretariat and co-chairs maintain the group");
    }
}
