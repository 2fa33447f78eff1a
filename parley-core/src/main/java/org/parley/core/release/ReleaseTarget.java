package org.parley.core.release;

import java.util.List;

/** Whom a version is released to: a closed set of ways to share. Immutable. */
public sealed interface ReleaseTarget {

    /** The ledger's name for the way it was shared: GROUP, SIDE, MEETING or PEOPLE. */
    String channel();

    /** The side or meeting shared with, or null. */
    Long reference();

    /** Every active member of the group. */
    record Group() implements ReleaseTarget {
        @Override
        public String channel() {
            return "GROUP";
        }

        @Override
        public Long reference() {
            return null;
        }
    }

    /** Every active member of one side. */
    record Side(long sideId) implements ReleaseTarget {
        @Override
        public String channel() {
            return "SIDE";
        }

        @Override
        public Long reference() {
            return sideId;
        }
    }

    /** A meeting's attendees (in person or remote); before attendance is taken, the group's members. */
    record Meeting(long meetingId) implements ReleaseTarget {
        @Override
        public String channel() {
            return "MEETING";
        }

        @Override
        public Long reference() {
            return meetingId;
        }
    }

    /** Named members. */
    record People(List<Long> memberIds) implements ReleaseTarget {
        public People {
            memberIds = List.copyOf(memberIds);
        }

        @Override
        public String channel() {
            return "PEOPLE";
        }

        @Override
        public Long reference() {
            return null;
        }
    }
}
