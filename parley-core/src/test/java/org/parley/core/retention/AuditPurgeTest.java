package org.parley.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.audit.ChainVerification;
import org.parley.core.audit.Subject;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.TestClock;

/** Audit events are kept five years; an allowed purge keeps the rest of the chain verifiable. */
class AuditPurgeTest {
    private final TestClock clock = TestClock.at("2015-03-01T08:00:00Z");
    private final AuditLog log = new AuditLog(clock);

    private void append(Database database, int count) {
        for (int i = 0; i < count; i++) {
            database.jdbi()
                    .useTransaction(handle ->
                            log.append(handle, Actor.system("test"), "thing.done", Subject.of("thing", 1), Map.of()));
            clock.advance(Duration.ofDays(100));
        }
    }

    private AuditPurge purge(Database database) {
        return new AuditPurge(database.jdbi(), clock, log, new RetentionPolicy(clock));
    }

    private static long events(Database database) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_events")
                        .mapTo(Long.class)
                        .one());
    }

    @DatabaseTest
    void aCutOffWithinFiveYearsIsRefusedAndNothingIsDeleted(Database database) {
        append(database, 40); // 2015 … 2026
        clock.set(java.time.Instant.parse("2026-09-01T00:00:00Z"));

        assertThatThrownBy(() -> purge(database).purgeBefore(Actor.system("test"), LocalDate.of(2021, 9, 2)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("5 years")
                .hasMessageContaining("2021-09-01");
        assertThat(events(database)).isEqualTo(40);
    }

    @DatabaseTest
    void anAllowedPurgeLeavesAVerifiableChainThatStillCatchesTampering(Database database) {
        append(database, 40);
        clock.set(java.time.Instant.parse("2026-09-01T00:00:00Z"));

        AuditPurge.Result result = purge(database).purgeBefore(Actor.system("test"), LocalDate.of(2020, 1, 1));

        assertThat(result.eventsRemoved()).isBetween(15L, 20L);
        assertThat(events(database)).isEqualTo(40 - result.eventsRemoved() + 1);
        assertThat(new AuditVerifier(database.jdbi()).verify().intact()).isTrue();

        long kept = result.firstKeptSeq() + 1;
        database.jdbi().useHandle(h -> h.execute("UPDATE audit_events SET action = 'forged' WHERE seq = ?", kept));
        assertThat(new AuditVerifier(database.jdbi()).verify())
                .isEqualTo(new ChainVerification.Broken(kept, "content does not match its hash"));
    }
}
