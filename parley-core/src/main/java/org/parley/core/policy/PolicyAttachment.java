package org.parley.core.policy;

/**
 * A document attached to a policy update: its title and where to find it. Its content reaches a reader
 * only through the release gate. Immutable.
 */
public record PolicyAttachment(long updateId, long documentId, String title) {}
