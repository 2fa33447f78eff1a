package org.parley.core.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the acting user is in one group: active seats, the sides they head, and whether they are a
 * platform administrator (or a platform job). Immutable.
 *
 * @param userId the acting user, or null for a platform job
 */
public record Roles(long groupId, Long userId, boolean administrator, List<Seat> seats, Set<Long> headedSides) {

    public Roles {
        seats = List.copyOf(seats);
        headedSides = Set.copyOf(headedSides);
    }

    public boolean isMember() {
        return !seats.isEmpty();
    }

    public boolean has(Role role) {
        return seats.stream().anyMatch(seat -> seat.role() == role);
    }

    public boolean has(Role role, long sideId) {
        return seats.stream().anyMatch(seat -> seat.role() == role && seat.sideId() == sideId);
    }

    /** The sides the user sits on, in any role. */
    public Set<Long> sides() {
        return seats.stream().map(Seat::sideId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean onSide(long sideId) {
        return seats.stream().anyMatch(seat -> seat.sideId() == sideId);
    }

    /** The side's co-chair or head of delegation: may speak and decide for that side. */
    public boolean leads(long sideId) {
        return has(Role.CO_CHAIR, sideId) || headedSides.contains(sideId);
    }

    /** An administrator, the secretariat, or any co-chair: may maintain the group's records. */
    public boolean managesGroup() {
        return administrator || has(Role.SECRETARIAT) || has(Role.CO_CHAIR);
    }

    /** May add, remove or substitute the side's members. */
    public boolean managesSide(long sideId) {
        return administrator || has(Role.SECRETARIAT) || leads(sideId);
    }

    /** May read the group's records: its members and administrators. */
    public boolean canRead() {
        return administrator || isMember();
    }
}
