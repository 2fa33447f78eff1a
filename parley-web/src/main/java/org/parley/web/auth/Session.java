package org.parley.web.auth;

import java.time.Instant;

/**
 * A signed-in browser session, carried in a signed cookie rather than stored on the server.
 * Immutable.
 *
 * @param id random identifier, new at every sign-in; the CSRF token is bound to it
 */
public record Session(String id, long userId, Instant expiresAt) {}
