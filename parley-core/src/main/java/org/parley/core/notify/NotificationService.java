package org.parley.core.notify;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/** A user's in-app notifications and delivery preferences. Thread-safe. */
public final class NotificationService {

    /** A user's choice for one kind of notification. */
    public record Preference(NotificationKind kind, boolean byEmail, boolean inApp) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public NotificationService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Newest first, at most 200. */
    public List<Notification> notifications(Actor actor, boolean unreadOnly) {
        long userId = userOf(actor);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, user_id, kind, subject, body, created_at,"
                        + " read_at FROM notifications WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC")
                .bind("user", userId)
                .setMaxRows(200)
                .mapTo(Notification.class)
                .list());
    }

    public void markRead(Actor actor, long notificationId) {
        long userId = userOf(actor);
        int updated = jdbi.withHandle(handle -> handle.createUpdate("UPDATE notifications SET read_at = :now"
                        + " WHERE id = :id AND user_id = :user AND read_at IS NULL")
                .bind("now", Instants.now(clock))
                .bind("id", notificationId)
                .bind("user", userId)
                .execute());
        if (updated == 0 && notifications(actor, false).stream().noneMatch(n -> n.id() == notificationId)) {
            throw new NotFoundException("notification", notificationId);
        }
    }

    public List<Preference> preferences(Actor actor) {
        long userId = userOf(actor);
        return jdbi.withHandle(handle -> java.util.Arrays.stream(NotificationKind.values())
                .map(kind -> {
                    Preferences.Choice choice = Preferences.of(handle, userId, kind);
                    return new Preference(kind, choice.byEmail(), choice.inApp());
                })
                .toList());
    }

    public Preference setPreference(Actor actor, NotificationKind kind, boolean byEmail, boolean inApp) {
        long userId = userOf(actor);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM notification_preferences WHERE user_id = :user AND kind = :kind")
                    .bind("user", userId)
                    .bind("kind", kind.name())
                    .execute();
            handle.createUpdate("INSERT INTO notification_preferences (user_id, kind, by_email, in_app)"
                            + " VALUES (:user, :kind, :email, :inApp)")
                    .bind("user", userId)
                    .bind("kind", kind.name())
                    .bind("email", byEmail)
                    .bind("inApp", inApp)
                    .execute();
        });
        return new Preference(kind, byEmail, inApp);
    }

    private static long userOf(Actor actor) {
        if (!(actor instanceof Actor.UserActor user)) {
            throw new ForbiddenException("notifications belong to people");
        }
        return user.userId();
    }
}
