package org.parley.core.notify;

/** What a notification is about; users choose e-mail and in-app delivery per kind. */
public enum NotificationKind {
    MEETING_INVITATION,
    MEETING_CHANGED,
    MINUTES_AWAITING_APPROVAL,
    ACKNOWLEDGEMENT_DEADLINE,
    ESCALATION,
    REVIEW_ASSIGNED,
    RELEASE_WITHHELD,
    /** A list update changed restricted-party lists: per-list counts, additions resembling members. */
    LIST_DIGEST
}
