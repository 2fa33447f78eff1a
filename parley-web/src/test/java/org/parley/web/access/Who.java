package org.parley.web.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The callers the access matrix tries on every route: nobody, the platform administrator, each role of
 * the seeded group on side A (US) or side B (CN), and a member of another group.
 */
enum Who {
    ANONYMOUS,
    ADMIN,
    SECRETARIAT,
    CHAIR_A,
    CHAIR_B,
    EXPERT_A,
    EXPERT_B,
    OFFICER,
    OUTSIDER;

    /** Everyone, signed in or not. */
    static final Set<Who> ANYONE = EnumSet.allOf(Who.class);

    /** Every signed-in user, whatever their groups. */
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** Who may read the group: its members and the administrator. */
    static final Set<Who> GROUP = EnumSet.of(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A, EXPERT_B, OFFICER);

    /** The group's members (not the administrator). */
    static final Set<Who> MEMBERS = EnumSet.of(SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A, EXPERT_B, OFFICER);

    /** Who maintains the group's records: the administrator, the secretariat and the co-chairs. */
    static final Set<Who> MANAGERS = EnumSet.of(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B);

    /** Who manages side A's seats: the administrator, the secretariat and side A's co-chair. */
    static final Set<Who> SIDE_A_MANAGERS = EnumSet.of(ADMIN, SECRETARIAT, CHAIR_A);

    static Set<Who> only(Who first, Who... rest) {
        return EnumSet.of(first, rest);
    }
}
