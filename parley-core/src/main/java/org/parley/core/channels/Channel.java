package org.parley.core.channels;

import java.time.Instant;
import java.util.Set;

/** A line of communication between two or more sides of a group. Immutable. */
public record Channel(long id, long groupId, String name, Instant createdAt, Instant archivedAt, Set<Long> sideIds) {

    public Channel {
        sideIds = Set.copyOf(sideIds);
    }
}
