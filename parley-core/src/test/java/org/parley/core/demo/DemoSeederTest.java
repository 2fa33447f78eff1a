package org.parley.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.parley.core.ParleyCore;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.channels.Priority;
import org.parley.core.meetings.MeetingStatus;
import org.parley.core.members.MemberStatus;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.testing.DatabaseTest;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.match.NameScreener;

class DemoSeederTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @DatabaseTest
    void seedsACompleteWorkingGroup(Database database) throws Exception {
        Path sample = Path.of(
                DemoSeeder.class.getResource("demo-lists-2026-07-31.csv").toURI());
        var screener = NameScreener.of(ListFiles.read(sample));

        DemoSeeder.DemoResult result = DemoSeeder.seed(database, () -> screener, NameScreener.DEFAULT_THRESHOLD, NOW);

        var core = ParleyCore.create(
                database,
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC),
                () -> screener,
                NameScreener.DEFAULT_THRESHOLD,
                e -> {});
        Actor secretariat = Actor.user(core.accounts()
                .authenticate("secretariat@demo.parley.example", DemoSeeder.PASSWORD)
                .orElseThrow()
                .id());
        long group = result.groupId();
        var members = core.members().members(secretariat, group);
        assertThat(members.stream().filter(m -> m.role() == Role.EXPERT)).hasSize(20);
        assertThat(members.stream().filter(m -> m.status() == MemberStatus.ON_HOLD))
                .singleElement()
                .satisfies(m -> assertThat(m.organisation()).contains("Semiconductor Manufacturing International"));
        assertThat(core.screeningReviews()
                        .openReviews(
                                Actor.user(core.accounts()
                                        .authenticate("us.compliance@demo.parley.example", DemoSeeder.PASSWORD)
                                        .orElseThrow()
                                        .id()),
                                group))
                .hasSize(1);
        var meetings = core.meetings().meetings(secretariat, group);
        assertThat(meetings)
                .extracting(m -> m.status())
                .containsExactly(MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.SCHEDULED);
        assertThat(meetings.get(2).startsAtLocal().toLocalDate()).isAfter(java.time.LocalDate.of(2026, 11, 26));
        assertThat(core.proposals().proposals(secretariat, group)).hasSize(1);
        assertThat(core.actions().openItems(secretariat, group)).isNotEmpty();
        assertThat(result.logins())
                .extracting(DemoSeeder.DemoLogin::email)
                .contains("us.cochair@demo.parley.example", "cn.cochair@demo.parley.example");
        assertThat(new AuditVerifier(database.jdbi()).verify().intact()).isTrue();
        Actor usChair = Actor.user(core.accounts()
                .authenticate("us.cochair@demo.parley.example", DemoSeeder.PASSWORD)
                .orElseThrow()
                .id());
        long channel = core.channels().channels(usChair, group).get(0).id();
        var urgent = core.messages().messages(usChair, channel, false).stream()
                .filter(message -> message.priority() == Priority.URGENT)
                .findFirst()
                .orElseThrow();
        assertThat(urgent.acknowledgementDeadline()).isBefore(NOW);
        assertThat(urgent.acknowledgedBySides()).isEmpty();
        assertThat(core.escalations().escalations(urgent.id())).isNotEmpty();
    }
}
