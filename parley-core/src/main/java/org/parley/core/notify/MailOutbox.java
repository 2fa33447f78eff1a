package org.parley.core.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.system.Instants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The e-mails waiting to be sent. {@link #queue} runs inside the transaction that writes a notice; {@link
 * #sendDue()} sends what is due after it commits. A send is claimed first (the attempt count is the row's
 * version), so several nodes never send the same e-mail at once; a failed send is retried after 1, 2, 4, …
 * minutes (at most 6 hours apart) and given up after {@value #MAX_ATTEMPTS} attempts. Thread-safe.
 */
public final class MailOutbox {
    static final int MAX_ATTEMPTS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    /** How long a claimed e-mail is reserved for the node sending it (an SMTP timeout is far shorter). */
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private static final int BATCH = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailSender sender;

    public MailOutbox(Jdbi jdbi, Clock clock, MailSender sender) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sender = sender;
    }

    /** Queues {@code mail} in the caller's transaction. */
    void queue(Handle handle, OutgoingMail mail) {
        Instant now = Instants.now(clock);
        handle.createUpdate("INSERT INTO mail_outbox (recipient, subject, body, calendar, status, attempts,"
                        + " next_attempt_at, created_at) VALUES (:to, :subject, :body, :calendar, 'PENDING', 0, :now,"
                        + " :now)")
                .bind("to", mail.to())
                .bind("subject", mail.subject())
                .bind("body", mail.body())
                .bind("calendar", mail.calendar())
                .bind("now", now)
                .execute();
    }

    /** Sends every queued e-mail that is due; returns how many were sent. */
    public int sendDue() {
        Instant now = Instants.now(clock);
        List<Queued> due = jdbi.withHandle(handle -> handle.createQuery("SELECT id, recipient, subject, body,"
                        + " calendar, attempts FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
                        + " ORDER BY id")
                .bind("now", now)
                .setMaxRows(BATCH)
                .map((rs, ctx) -> new Queued(
                        rs.getLong("id"),
                        new OutgoingMail(
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("calendar")),
                        rs.getInt("attempts")))
                .list());
        int sent = 0;
        for (Queued queued : due) {
            if (claim(queued, now)) {
                sent += attempt(queued) ? 1 : 0;
            }
        }
        return sent;
    }

    /** E-mails not sent yet (pending or given up), for the health view and tests. */
    public int unsent() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")
                .mapTo(Integer.class)
                .one());
    }

    private boolean claim(Queued queued, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE mail_outbox SET attempts = attempts + 1,"
                                        + " next_attempt_at = :until WHERE id = :id AND attempts = :seen AND status = 'PENDING'")
                        .bind("until", now.plus(CLAIM))
                        .bind("id", queued.id())
                        .bind("seen", queued.attempts())
                        .execute())
                == 1;
    }

    private boolean attempt(Queued queued) {
        int attempt = queued.attempts() + 1;
        try {
            sender.send(queued.mail());
        } catch (RuntimeException e) {
            boolean givingUp = attempt >= MAX_ATTEMPTS;
            Duration wait = retryDelay(attempt);
            if (givingUp) {
                LOG.error(
                        "e-mail {} to {} not sent after {} attempts: {}",
                        queued.id(),
                        queued.mail().to(),
                        attempt,
                        e.getMessage());
            } else {
                LOG.warn(
                        "e-mail {} not sent (attempt {}), retrying in {}: {}",
                        queued.id(),
                        attempt,
                        wait,
                        e.getMessage());
            }
            jdbi.useHandle(handle -> handle.createUpdate("UPDATE mail_outbox SET status = :status, next_attempt_at ="
                            + " :next, last_error = :error WHERE id = :id")
                    .bind("status", givingUp ? "FAILED" : "PENDING")
                    .bind("next", Instants.now(clock).plus(wait))
                    .bind("error", abbreviate(String.valueOf(e.getMessage())))
                    .bind("id", queued.id())
                    .execute());
            return false;
        }
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
                .bind("now", Instants.now(clock))
                .bind("id", queued.id())
                .execute());
        return true;
    }

    /** 1, 2, 4, … minutes after the given attempt, at most {@link #LONGEST_RETRY}. */
    static Duration retryDelay(int attempt) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private record Queued(long id, OutgoingMail mail, int attempts) {}
}
