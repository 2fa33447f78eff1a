package org.parley.core.notify;

import org.jdbi.v3.core.Handle;

/** Reads a user's delivery choice for one kind; without a recorded choice, both channels. Stateless. */
final class Preferences {

    /** Whether to e-mail and whether to notify in the app. */
    record Choice(boolean byEmail, boolean inApp) {}

    private static final Choice DEFAULT = new Choice(true, true);

    private Preferences() {}

    static Choice of(Handle handle, Long userId, NotificationKind kind) {
        if (userId == null) {
            return DEFAULT;
        }
        return handle.createQuery("SELECT by_email, in_app FROM notification_preferences"
                        + " WHERE user_id = :user AND kind = :kind")
                .bind("user", userId)
                .bind("kind", kind.name())
                .mapTo(Choice.class)
                .findOne()
                .orElse(DEFAULT);
    }
}
