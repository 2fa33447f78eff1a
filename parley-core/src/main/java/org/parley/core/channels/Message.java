package org.parley.core.channels;

import java.time.Instant;
import java.util.Set;

/**
 * A message from one side to the other sides of a channel. Immutable.
 *
 * @param acknowledgementDeadline when the receiving sides must have acknowledged, or null
 * @param acknowledgedBySides receiving sides that have acknowledged
 */
public record Message(
        long id,
        long channelId,
        long senderId,
        long senderSideId,
        Priority priority,
        String subject,
        String body,
        Instant sentAt,
        Instant acknowledgementDeadline,
        Instant archivedAt,
        Set<Long> acknowledgedBySides) {

    public Message {
        acknowledgedBySides = Set.copyOf(acknowledgedBySides);
    }
}
