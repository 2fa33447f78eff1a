package org.parley.core.demo;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;

/** The seeded group and the people the later seeding steps act as. Seeding only; not thread-safe. */
final class DemoGroup {
    private final Group group;
    private final Actor secretariat;
    private final Side us;
    private final Side cn;
    private final List<Member> usExperts = new ArrayList<>();
    private final List<Member> cnExperts = new ArrayList<>();
    private Member usCoChair;
    private Member cnCoChair;

    DemoGroup(Group group, Actor secretariat, List<Side> sides) {
        this.group = group;
        this.secretariat = secretariat;
        this.us = sides.get(0);
        this.cn = sides.get(1);
    }

    Group group() {
        return group;
    }

    Actor secretariat() {
        return secretariat;
    }

    Side us() {
        return us;
    }

    Side cn() {
        return cn;
    }

    List<Member> usExperts() {
        return usExperts;
    }

    List<Member> cnExperts() {
        return cnExperts;
    }

    Member usCoChair() {
        return usCoChair;
    }

    void usCoChair(Member member) {
        usCoChair = member;
    }

    Member cnCoChair() {
        return cnCoChair;
    }

    void cnCoChair(Member member) {
        cnCoChair = member;
    }
}
