package org.parley.core.release;

import java.util.List;

/** Whom a version is released to: a closed set of ways to share. Immutable. */
public sealed interface ReleaseTarget {

    /** The ledger's name for the way it was shared: GROUP, SIDE, MEETING or PEOPLE. */
    default String channel() {
        return switch (this) {
            case Group group -> "GROUP";
            case Side side -> "SIDE";
            case Meeting meeting -> "MEETING";
            case People people -> "PEOPLE";
        };
    }

    /** The side or meeting shared with, or null. */
    default Long reference() {
        return switch (this) {
            case Side side -> side.sideId();
            case Meeting meeting -> meeting.meetingId();
            case Group group -> null;
            case People people -> null;
        };
    }

    /** Every active member of the group. */
    record Group() implements ReleaseTarget {}

    /** Every active member of one side. */
    record Side(long sideId) implements ReleaseTarget {}

    /** A meeting's attendees (in person or remote); before attendance is taken, the group's members. */
    record Meeting(long meetingId) implements ReleaseTarget {}

    /** Named members. */
    record People(List<Long> memberIds) implements ReleaseTarget {
        public People {
            memberIds = List.copyOf(memberIds);
        }
    }
}
