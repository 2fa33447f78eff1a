package org.parley.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.TestClock;

class MailOutboxTest {

    private static final OutgoingMail MAIL = new OutgoingMail("chen@example.org", "Invitation", "Plenary 1", null);

    /** Fails the first {@code failures} sends, then records what it is given. */
    private static final class FlakySender implements MailSender {
        final AtomicInteger failuresLeft;
        final List<OutgoingMail> delivered = new ArrayList<>();

        FlakySender(int failures) {
            failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public void send(OutgoingMail mail) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("SMTP server unreachable");
            }
            delivered.add(mail);
        }
    }

    private static void queue(Database database, MailOutbox outbox) {
        database.jdbi().useTransaction(handle -> outbox.queue(handle, MAIL));
    }

    @DatabaseTest
    void aFailedSendIsRetriedOnceItsDelayHasPassed(Database database) {
        TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
        FlakySender sender = new FlakySender(2);
        MailOutbox outbox = new MailOutbox(database.jdbi(), clock, sender);
        queue(database, outbox);

        int first = outbox.sendDue();
        int tooSoon = outbox.sendDue();
        clock.advance(Duration.ofMinutes(1));
        int second = outbox.sendDue();
        clock.advance(Duration.ofMinutes(2));
        int third = outbox.sendDue();
        clock.advance(Duration.ofHours(1));
        int afterwards = outbox.sendDue();

        assertThat(List.of(first, tooSoon, second, third, afterwards)).containsExactly(0, 0, 0, 1, 0);
        assertThat(sender.delivered).containsExactly(MAIL);
        assertThat(outbox.unsent()).isZero();
    }

    @DatabaseTest
    void anEmailIsGivenUpAfterTheLastAttemptAndKeptAsFailed(Database database) {
        TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
        FlakySender sender = new FlakySender(Integer.MAX_VALUE);
        MailOutbox outbox = new MailOutbox(database.jdbi(), clock, sender);
        queue(database, outbox);

        for (int attempt = 0; attempt < MailOutbox.MAX_ATTEMPTS + 3; attempt++) {
            outbox.sendDue();
            clock.advance(Duration.ofHours(7));
        }

        assertThat(sender.failuresLeft.get()).isEqualTo(Integer.MAX_VALUE - MailOutbox.MAX_ATTEMPTS);
        assertThat(outbox.unsent()).isOne();
        String state = database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT status || ' ' || last_error FROM mail_outbox")
                        .mapTo(String.class)
                        .one());
        assertThat(state).isEqualTo("FAILED SMTP server unreachable");
    }

    @DatabaseTest
    void anEmailBeingSentByOneNodeIsNotSentByAnother(Database database) {
        TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
        List<Integer> sentByOtherNodeMeanwhile = new ArrayList<>();
        List<OutgoingMail> delivered = new ArrayList<>();
        MailOutbox[] otherNode = new MailOutbox[1];
        MailSender sender = mail -> {
            sentByOtherNodeMeanwhile.add(otherNode[0].sendDue());
            delivered.add(mail);
        };
        MailOutbox outbox = new MailOutbox(database.jdbi(), clock, sender);
        otherNode[0] = new MailOutbox(database.jdbi(), clock, sender);
        queue(database, outbox);

        int sent = outbox.sendDue();

        assertThat(sent).isOne();
        assertThat(sentByOtherNodeMeanwhile).containsExactly(0);
        assertThat(delivered).containsExactly(MAIL);
    }

    @Test
    void retryDelaysDoubleUpToSixHours() {
        assertThat(List.of(
                        MailOutbox.retryDelay(1),
                        MailOutbox.retryDelay(2),
                        MailOutbox.retryDelay(3),
                        MailOutbox.retryDelay(9),
                        MailOutbox.retryDelay(40)))
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofHours(4).plusMinutes(16),
                        Duration.ofHours(6));
    }
}
