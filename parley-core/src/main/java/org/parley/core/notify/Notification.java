package org.parley.core.notify;

import java.time.Instant;

/** An in-app notification. Immutable. @param readAt null while unread */
public record Notification(
        long id, long userId, NotificationKind kind, String subject, String body, Instant createdAt, Instant readAt) {}
