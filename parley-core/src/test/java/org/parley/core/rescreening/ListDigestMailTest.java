package org.parley.core.rescreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.calendar.ICalendarWriter;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.members.Member;
import org.parley.core.notify.NotificationKind;
import org.parley.core.notify.NotificationService;
import org.parley.core.notify.Notifier;
import org.parley.core.notify.OutgoingMail;
import org.parley.core.policy.ListFilesForTests;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.ExactNameScreener;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.ListFiles;

/** A list update's digest reaches each group's compliance officers, in-app and by e-mail, once. */
class ListDigestMailTest {

    private static final String NANJING = "Nanjing Example Microelectronics Co., Ltd.";

    @TempDir
    Path temp;

    @DatabaseTest
    void complianceOfficersAreToldTheCountsPerListAndWhichAdditionsResembleMembers(Database database) {
        Scenario scenario = new Scenario(database);
        Member usOfficer = scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer");
        Member cnOfficer = scenario.seat(scenario.cn, Role.COMPLIANCE_OFFICER, "Wang Officer");
        Member expert = scenario.seat(scenario.us, Role.EXPERT, "Eve Expert");
        scenario.members.addMember(
                scenario.admin, scenario.newMember(scenario.cn, Role.EXPERT, "Li Wei", NANJING, null));
        List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
        var calendars = new CalendarFeeds(database.jdbi(), scenario.clock, new ICalendarWriter("parley.test"));
        Notifier notifier = new Notifier(database.jdbi(), scenario.clock, sent::add, calendars);
        notifier.dispatchPending(); // memberships notify nobody
        ListStore store = new ListStore(temp.resolve("lists"), scenario.clock, ListFiles::read);
        String alpha = ListFilesForTests.entityListRow("a", "Alpha Optics Co., Ltd.", "CN", "90 FR 1000");
        store.importFrom(List.of(ListFilesForTests.write(temp.resolve("in1"), "2026-08-01", alpha)), List.of("1"));
        scenario.clock.advance(Duration.ofDays(31));
        store.importFrom(
                List.of(ListFilesForTests.write(
                        temp.resolve("in2"),
                        "2026-09-01",
                        ListFilesForTests.entityListRow("b", NANJING, "CN", "91 FR 2000"),
                        ListFilesForTests.entityListRow("c", "Gamma Photonics", "HK", "91 FR 2000"))),
                List.of("2"));
        var screener = new ActiveLists(store, ExactNameScreener::new).screener();
        var rescreen = new ListUpdateRescreen(database.jdbi(), scenario.clock, scenario.audit, 0.9, 2);

        var report = rescreen.run(screener, store.activeDigest().orElseThrow());
        notifier.dispatchPending();

        assertThat(report).as("the new lists are re-screened").isPresent();

        List<OutgoingMail> digests = sent.stream()
                .filter(mail -> mail.subject().contains("2026-09-01"))
                .toList();
        assertThat(digests)
                .extracting(OutgoingMail::to)
                .containsExactlyInAnyOrder(usOfficer.email(), cnOfficer.email());
        OutgoingMail english = digests.stream()
                .filter(mail -> mail.to().equals(usOfficer.email()))
                .findFirst()
                .orElseThrow();
        assertThat(english.subject())
                .isEqualTo("Restricted-party lists updated (2026-09-01): Supply-Chain Security WG");
        assertThat(english.body())
                .contains("replace those of 2026-08-01")
                .contains("- EL: +2 −1 Δ0")
                .contains("- " + NANJING + " ≈ " + NANJING + " (EL, 1.00)")
                .doesNotContain("Gamma Photonics");
        OutgoingMail chinese = digests.stream()
                .filter(mail -> mail.to().equals(cnOfficer.email()))
                .findFirst()
                .orElseThrow();
        assertThat(chinese.subject()).isEqualTo("管制名单已更新（2026-09-01）：Supply-Chain Security WG");
        assertThat(chinese.body()).contains("- EL: +2 −1 Δ0", NANJING + " ≈ ");
        assertThat(sent).extracting(OutgoingMail::to).doesNotContain(expert.email());
        assertThat(new NotificationService(database.jdbi(), scenario.clock)
                        .notifications(Scenario.actorOf(usOfficer), true))
                .extracting(notification -> notification.kind())
                .contains(NotificationKind.LIST_DIGEST);

        int before = sent.size();
        assertThat(rescreen.run(screener, store.activeDigest().orElseThrow())).isEmpty();
        notifier.dispatchPending();
        assertThat(sent).as("announced once per list snapshot").hasSize(before);
        assertThat(scenario.auditIntact()).isTrue();
    }
}
