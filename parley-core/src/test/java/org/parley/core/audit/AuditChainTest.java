package org.parley.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.TestClock;

class AuditChainTest {

    private final TestClock clock = TestClock.at("2026-09-01T08:00:00.123456789Z");
    private final AuditLog log = new AuditLog(clock);

    private void appendEvents(Jdbi jdbi, int count) {
        for (int i = 0; i < count; i++) {
            int index = i;
            jdbi.useTransaction(handle -> log.append(
                    handle, Actor.user(7), "member.added", Subject.of("member", index), Map.of("index", index)));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private static ChainVerification verify(Database database) {
        return new AuditVerifier(database.jdbi()).verify();
    }

    @DatabaseTest
    void chainsEachEventToThePreviousOne(Database database) {
        appendEvents(database.jdbi(), 3);

        List<AuditEvent> events = database.jdbi().withHandle(handle -> log.page(handle, 0, 10));

        assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(2).prevHash()).isEqualTo(events.get(1).hash());
        assertThat(events.get(0).occurredAt()).hasToString("2026-09-01T08:00:00.123456Z");
        assertThat(events.get(0).details()).isEqualTo("{\"index\":0}");
        assertThat(verify(database))
                .isEqualTo(new ChainVerification.Intact(3, events.get(2).hash()));
    }

    @DatabaseTest
    void emptyLogIsIntact(Database database) {
        assertThat(verify(database)).isEqualTo(new ChainVerification.Intact(0, "0".repeat(64)));
    }

    @DatabaseTest
    void detectsAnAlteredRow(Database database) {
        appendEvents(database.jdbi(), 4);
        database.jdbi().useHandle(handle -> handle.execute("UPDATE audit_events SET actor = 'user:8' WHERE seq = 3"));

        assertThat(verify(database)).isEqualTo(new ChainVerification.Broken(3, "content does not match its hash"));
    }

    @DatabaseTest
    void detectsARehashedRowThroughTheNextLink(Database database) {
        appendEvents(database.jdbi(), 4);
        // A forger who recomputes the altered row's own hash still breaks the next event's link.
        database.jdbi().useHandle(handle -> {
            AuditEvent original = log.page(handle, 1, 1).get(0);
            AuditEvent forged = new AuditEvent(
                    original.seq(),
                    original.occurredAt(),
                    "user:8",
                    original.action(),
                    original.subjectType(),
                    original.subjectId(),
                    original.details(),
                    original.prevHash(),
                    "");
            handle.execute(
                    "UPDATE audit_events SET actor = ?, hash = ? WHERE seq = 2", "user:8", forged.expectedHash());
        });

        ChainVerification result = verify(database);

        assertThat(result).isInstanceOf(ChainVerification.Broken.class);
        assertThat(((ChainVerification.Broken) result).seq()).isEqualTo(3);
    }

    @DatabaseTest
    void detectsADeletedRow(Database database) {
        appendEvents(database.jdbi(), 5);
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_events WHERE seq = 2"));

        assertThat(verify(database)).isEqualTo(new ChainVerification.Broken(2, "expected event 2 but found event 3"));
    }

    @DatabaseTest
    void detectsADeletedTail(Database database) {
        appendEvents(database.jdbi(), 3);
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_events WHERE seq = 3"));

        assertThat(verify(database))
                .isEqualTo(new ChainVerification.Broken(3, "the chain ends at event 2 but its head names event 3"));
    }

    @DatabaseTest
    void detectsReorderedRows(Database database) {
        appendEvents(database.jdbi(), 4);
        database.jdbi().useTransaction(handle -> {
            handle.execute("UPDATE audit_events SET seq = -2 WHERE seq = 2");
            handle.execute("UPDATE audit_events SET seq = 2 WHERE seq = 3");
            handle.execute("UPDATE audit_events SET seq = 3 WHERE seq = -2");
        });

        ChainVerification result = verify(database);

        assertThat(result).isInstanceOf(ChainVerification.Broken.class);
        assertThat(((ChainVerification.Broken) result).seq()).isEqualTo(2);
    }

    @DatabaseTest
    void rolledBackChangeLeavesNoEvent(Database database) {
        assertThatThrownBy(() -> database.jdbi().useTransaction(handle -> {
                    log.append(handle, Actor.user(1), "group.created", Subject.of("group", 1), Map.of());
                    throw new IllegalStateException("change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        List<AuditEvent> events = database.jdbi().withHandle(handle -> log.page(handle, 0, 10));
        assertThat(events).isEmpty();
        assertThat(verify(database).intact()).isTrue();
    }

    @DatabaseTest
    void concurrentAppendsStayOneChain(Database database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                futures.add(pool.submit(() -> appendEvents(database.jdbi(), 10)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(verify(database))
                .isInstanceOfSatisfying(
                        ChainVerification.Intact.class,
                        intact -> assertThat(intact.events()).isEqualTo(40));
    }

    @DatabaseTest
    void findsEventsBySubjectWithCanonicalDetails(Database database) {
        database.jdbi().useTransaction(handle -> {
            log.append(
                    handle,
                    Actor.user(3),
                    "group.created",
                    Subject.of("group", 9),
                    AuditLog.details("name", "WG \"1\"", "sides", List.of("US", "CN"), "note", null));
            log.append(handle, Actor.system("escalation"), "other", Subject.of("group", 10), Map.of());
        });

        List<AuditEvent> events = database.jdbi().withHandle(handle -> log.eventsFor(handle, Subject.of("group", 9)));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("user:3");
            assertThat(event.details())
                    .isEqualTo("{\"name\":\"WG \\\"1\\\"\",\"note\":null,\"sides\":[\"US\",\"CN\"]}");
        });
    }
}
