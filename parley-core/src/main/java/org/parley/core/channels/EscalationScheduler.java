package org.parley.core.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.channels.ChannelDao.MissedAcknowledgement;
import org.parley.core.system.Actor;
import org.parley.core.system.BackgroundSchedule;
import org.parley.core.system.Instants;

/**
 * Escalates messages whose acknowledgement deadline passed without a receiving side acknowledging:
 * once per message and side, to that side's and the sender's heads of delegation. {@link #runOnce()}
 * is safe to call from several nodes at once (each escalation locks its message and re-checks).
 * Thread-safe.
 */
public final class EscalationScheduler implements AutoCloseable {

    private static final Actor SCHEDULER = Actor.system("escalation");

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final EscalationListener listener;
    private BackgroundSchedule schedule;

    public EscalationScheduler(Jdbi jdbi, Clock clock, AuditLog audit, EscalationListener listener) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.listener = listener;
    }

    /** Escalates everything overdue now; returns the new escalations. */
    public List<Escalation> runOnce() {
        Instant now = Instants.now(clock);
        List<MissedAcknowledgement> missed =
                jdbi.withHandle(handle -> handle.attach(ChannelDao.class).missedAcknowledgements(now));
        List<Escalation> escalations = new ArrayList<>();
        for (MissedAcknowledgement candidate : missed) {
            escalate(candidate, now).ifPresent(escalation -> {
                escalations.add(escalation);
                listener.escalated(escalation);
            });
        }
        return escalations;
    }

    private Optional<Escalation> escalate(MissedAcknowledgement missed, Instant now) {
        return jdbi.inTransaction(handle -> {
            ChannelDao channels = handle.attach(ChannelDao.class);
            channels.lockMessage(missed.messageId());
            // Another node may have escalated, or the side acknowledged, since the candidates were read.
            if (channels.escalationCount(missed.messageId(), missed.sideId()) > 0
                    || channels.acknowledgingSides(missed.messageId()).contains(missed.sideId())) {
                return Optional.<Escalation>empty();
            }
            long id = channels.insertEscalation(missed, now);
            audit.append(
                    handle,
                    SCHEDULER,
                    "message.escalated",
                    Subject.of("message", missed.messageId()),
                    AuditLog.details(
                            "sideId",
                            missed.sideId(),
                            "sideHeadMemberId",
                            missed.sideHeadMemberId(),
                            "senderHeadMemberId",
                            missed.senderHeadMemberId()));
            return Optional.of(new Escalation(
                    id,
                    missed.messageId(),
                    missed.sideId(),
                    missed.sideHeadMemberId(),
                    missed.senderHeadMemberId(),
                    now));
        });
    }

    /** Runs {@link #runOnce()} every {@code period} on a background thread until closed. */
    public synchronized void start(Duration period) {
        if (schedule != null) {
            throw new IllegalStateException("already started");
        }
        schedule = BackgroundSchedule.start("parley-escalation", Duration.ZERO, period, this::runOnce);
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
    }

    /** Escalations recorded for a message, oldest first. */
    public List<Escalation> escalations(long messageId) {
        return jdbi.withHandle(handle -> handle.attach(ChannelDao.class).escalations(messageId));
    }
}
