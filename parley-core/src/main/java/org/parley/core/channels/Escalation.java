package org.parley.core.channels;

import java.time.Instant;

/**
 * A missed acknowledgement raised to the heads of delegation. Immutable.
 *
 * @param sideId the side that did not acknowledge in time
 * @param sideHeadMemberId that side's head of delegation, or null if none is appointed
 * @param senderHeadMemberId the sending side's head of delegation, or null
 */
public record Escalation(
        long id, long messageId, long sideId, Long sideHeadMemberId, Long senderHeadMemberId, Instant escalatedAt) {}
