package org.parley.core.groups;

import java.time.Instant;

/** A working group with its charter. Immutable. */
public record Group(long id, String name, String charter, Instant createdAt) {}
