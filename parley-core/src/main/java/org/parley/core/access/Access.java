package org.parley.core.access;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.parley.core.accounts.AccountService;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;

/** Loads the acting user's roles in a group and turns refusals into {@link ForbiddenException}s. Stateless. */
public final class Access {

    private Access() {}

    public static Roles rolesOf(Handle handle, Actor actor, long groupId) {
        boolean administrator = AccountService.isAdmin(handle, actor);
        if (!(actor instanceof Actor.UserActor user)) {
            return new Roles(groupId, null, administrator, List.of(), Set.of());
        }
        var seats = handle.createQuery("SELECT id AS member_id, side_id, role FROM members"
                        + " WHERE group_id = :groupId AND user_id = :userId AND status = 'ACTIVE'")
                .bind("groupId", groupId)
                .bind("userId", user.userId())
                .mapTo(Seat.class)
                .list();
        var headed = handle.createQuery("SELECT s.id FROM sides s JOIN members m ON m.id = s.head_member_id"
                        + " WHERE s.group_id = :groupId AND m.user_id = :userId AND m.status = 'ACTIVE'")
                .bind("groupId", groupId)
                .bind("userId", user.userId())
                .mapTo(Long.class)
                .set();
        return new Roles(groupId, user.userId(), administrator, seats, headed);
    }

    /** The actor's roles, provided they may read the group at all. */
    public static Roles readable(Handle handle, Actor actor, long groupId) {
        Roles roles = rolesOf(handle, actor, groupId);
        require(roles.canRead(), "only members of group " + groupId + " may see it");
        return roles;
    }

    public static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new ForbiddenException(refusal);
        }
    }
}
