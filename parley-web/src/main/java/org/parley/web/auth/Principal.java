package org.parley.web.auth;

import org.parley.core.accounts.User;
import org.parley.core.system.Actor;

/**
 * Who sent a request: the user, and the browser session when they came with a session cookie (null
 * for an API token). Immutable.
 */
public record Principal(User user, Session session) {

    public Actor actor() {
        return Actor.user(user.id());
    }

    public boolean viaSession() {
        return session != null;
    }
}
