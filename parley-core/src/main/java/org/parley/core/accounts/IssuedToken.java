package org.parley.core.accounts;

import java.time.Instant;

/**
 * A freshly issued API token. The {@code token} text is shown once: only its hash is stored.
 * Immutable.
 */
public record IssuedToken(long id, String token, String label, Instant expiresAt) {}
