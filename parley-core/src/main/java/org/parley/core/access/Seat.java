package org.parley.core.access;

/** One active membership of the acting user: which member record, on which side, in which role. */
public record Seat(long memberId, long sideId, Role role) {}
