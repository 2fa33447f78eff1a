package org.parley.core.members;

import java.time.Instant;
import java.time.LocalDate;

/** An alternate standing in for an absent member over a date range (inclusive). Immutable. */
public record Substitution(
        long id,
        long sideId,
        long absentMemberId,
        long alternateMemberId,
        LocalDate startsOn,
        LocalDate endsOn,
        String reason,
        Instant recordedAt) {}
