package org.parley.core.proposals;

import java.time.Instant;

/** A remark on a proposal, tied to the version it was made on. Immutable. */
public record Comment(long id, long proposalId, int version, long authorId, String body, Instant createdAt) {}
