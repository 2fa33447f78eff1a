package org.parley.core.system;

/**
 * Who performs an action: a signed-in user, or a scheduled job acting for the platform. Services
 * authorize users by their group roles; system actors bypass role checks and are always audited.
 */
public sealed interface Actor {

    /** How the audit log names this actor, e.g. {@code user:12} or {@code system:escalation}. */
    String label();

    static Actor user(long userId) {
        return new UserActor(userId);
    }

    static Actor system(String component) {
        return new SystemActor(component);
    }

    /** A person signed in with a user account. */
    record UserActor(long userId) implements Actor {
        @Override
        public String label() {
            return "user:" + userId;
        }
    }

    /** A platform job such as the escalation scheduler. */
    record SystemActor(String component) implements Actor {
        @Override
        public String label() {
            return "system:" + component;
        }
    }
}
