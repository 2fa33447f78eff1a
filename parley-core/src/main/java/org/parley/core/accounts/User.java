package org.parley.core.accounts;

import java.time.Instant;

/** A person who can sign in. The password hash never leaves the accounts package. Immutable. */
public record User(long id, String email, String displayName, boolean admin, boolean disabled, Instant createdAt) {}
