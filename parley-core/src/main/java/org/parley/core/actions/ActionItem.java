package org.parley.core.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task agreed at a meeting, owned by a member on behalf of a side. Immutable.
 *
 * @param meetingId the meeting that raised it, or null
 */
public record ActionItem(
        long id,
        long groupId,
        Long meetingId,
        String title,
        long ownerMemberId,
        long sideId,
        LocalDate dueDate,
        ActionStatus status,
        Instant createdAt) {}
