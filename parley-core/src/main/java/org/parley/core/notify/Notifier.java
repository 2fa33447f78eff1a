package org.parley.core.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditEvent;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.channels.Escalation;
import org.parley.core.channels.EscalationListener;
import org.parley.core.system.BackgroundSchedule;
import org.parley.core.system.Instants;

/**
 * Turns what happened into in-app notifications and e-mails. The audit log is the outbox: {@link
 * #dispatchPending()} reads the events after a cursor row (locked, so several nodes never notify
 * twice), writes the in-app notifications and queues the e-mails in the same transaction, then sends the
 * e-mails that are due ({@link MailOutbox} retries failed ones). Escalations
 * arrive through {@link EscalationListener}. Each user's preferences choose the channels. Thread-safe.
 */
public final class Notifier implements EscalationListener, AutoCloseable {

    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailOutbox outbox;
    private final EventNotices notices;
    private final NotificationTexts texts = new NotificationTexts();
    private BackgroundSchedule schedule;

    public Notifier(Jdbi jdbi, Clock clock, MailSender mail, CalendarFeeds calendars) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.outbox = new MailOutbox(jdbi, clock, mail);
        this.notices = new EventNotices(calendars);
    }

    /** Notifies about every audit event not yet handled, then sends the due e-mails; returns how many were sent. */
    public int dispatchPending() {
        jdbi.useTransaction(handle -> {
            long cursor = handle.createQuery("SELECT last_seq FROM notification_cursor WHERE id = 1 FOR UPDATE")
                    .mapTo(Long.class)
                    .one();
            List<AuditEvent> events = handle.createQuery("SELECT seq, occurred_at, actor, action, subject_type,"
                            + " subject_id, details, prev_hash, hash FROM audit_events WHERE seq > :after ORDER BY seq")
                    .bind("after", cursor)
                    .setMaxRows(BATCH)
                    .mapTo(AuditEvent.class)
                    .list();
            for (AuditEvent event : events) {
                for (Notice notice : notices.of(handle, event)) {
                    deliver(handle, notice);
                }
            }
            if (!events.isEmpty()) {
                handle.createUpdate("UPDATE notification_cursor SET last_seq = :seq WHERE id = 1")
                        .bind("seq", events.get(events.size() - 1).seq())
                        .execute();
            }
        });
        return outbox.sendDue();
    }

    @Override
    public void escalated(Escalation escalation) {
        jdbi.useTransaction(handle -> {
            Map<String, Object> message = handle.createQuery("SELECT m.subject, s.name FROM messages m, sides s"
                            + " WHERE m.id = :message AND s.id = :side")
                    .bind("message", escalation.messageId())
                    .bind("side", escalation.sideId())
                    .mapToMap()
                    .one();
            List<Addressee> heads = new ArrayList<>(Audience.member(handle, escalation.sideHeadMemberId()));
            heads.addAll(Audience.member(handle, escalation.senderHeadMemberId()));
            deliver(
                    handle,
                    new Notice(
                            NotificationKind.ESCALATION,
                            heads,
                            List.of(message.get("subject"), message.get("name")),
                            null));
        });
        outbox.sendDue();
    }

    /** Writes the in-app notifications and queues the e-mails, in the caller's transaction. */
    private void deliver(Handle handle, Notice notice) {
        Instant now = Instants.now(clock);
        List<Object> arguments = notice.arguments().stream()
                .map(String::valueOf)
                .map(Object.class::cast)
                .toList();
        Map<String, Boolean> seen = new HashMap<>();
        for (Addressee addressee : notice.addressees()) {
            if (seen.put(addressee.email(), true) != null) {
                continue;
            }
            Preferences.Choice choice = Preferences.of(handle, addressee.userId(), notice.kind());
            NotificationTexts.Text text = texts.render(notice.template(), addressee.language(), arguments);
            if (choice.inApp() && addressee.userId() != null) {
                handle.createUpdate("INSERT INTO notifications (user_id, kind, subject, body, created_at)"
                                + " VALUES (:user, :kind, :subject, :body, :now)")
                        .bind("user", addressee.userId())
                        .bind("kind", notice.kind().name())
                        .bind("subject", text.subject())
                        .bind("body", text.body())
                        .bind("now", now)
                        .execute();
            }
            if (choice.byEmail()) {
                outbox.queue(
                        handle, new OutgoingMail(addressee.email(), text.subject(), text.body(), notice.calendar()));
            }
        }
    }

    /** Runs {@link #dispatchPending()} every {@code period} on a background thread until closed. */
    public synchronized void start(Duration period) {
        if (schedule != null) {
            throw new IllegalStateException("already started");
        }
        schedule = BackgroundSchedule.start("parley-notifications", Duration.ZERO, period, this::dispatchPending);
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
    }
}
