package org.parley.core.channels;

import java.time.Instant;

/**
 * A message that one of the viewer's sides still has to acknowledge: in a live channel, not archived,
 * sent by another side, with a deadline. Immutable.
 */
public record PendingAcknowledgement(
        long channelId,
        String channelName,
        long messageId,
        String subject,
        long sideId,
        Priority priority,
        Instant deadline) {}
