package org.parley.web.pages;

import java.util.List;
import org.parley.core.ParleyCore;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.core.system.Actor;

/** Finds the signed-in user's own memberships. Stateless. */
public final class Memberships {

    private Memberships() {}

    /** The user's active memberships in every group they belong to. */
    public static List<Member> of(ParleyCore core, Actor.UserActor user) {
        return core.groups().groupsOf(user).stream()
                .flatMap(group -> core.members().members(user, group.id()).stream())
                .filter(member -> Long.valueOf(user.userId()).equals(member.userId()))
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .toList();
    }
}
