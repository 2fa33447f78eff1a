package org.parley.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.access.Role;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.ExactNameScreener;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.ListFiles;

/** A list update's digest is offered to a group as draft policy updates, members' look-alikes highlighted. */
class DigestOffersTest {

    @TempDir
    Path temp;

    @DatabaseTest
    void theLatestUpdateIsOfferedAsADraftWithMatchingMembersHighlighted(Database database) {
        Scenario scenario = new Scenario(database);
        ListStore store = new ListStore(temp.resolve("lists"), scenario.clock, ListFiles::read);
        DigestOffers offers = new DigestOffers(database.jdbi(), new ActiveLists(store, ExactNameScreener::new), 0.9);
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Member cnDelegate = scenario.members.addMember(
                scenario.admin,
                scenario.newMember(
                        scenario.cn, Role.EXPERT, "Li Wei", "Nanjing Example Microelectronics Co., Ltd.", null));
        String alpha = ListFilesForTests.entityListRow("a", "Alpha Optics Co., Ltd.", "CN", "90 FR 1000");

        store.importFrom(List.of(ListFilesForTests.write(temp.resolve("in1"), "2026-08-01", alpha)), List.of("1"));
        assertThat(offers.offer(usExpert, scenario.group.id()))
                .as("a first import has no digest")
                .isEmpty();
        scenario.clock.advance(Duration.ofDays(31));
        store.importFrom(
                List.of(ListFilesForTests.write(
                        temp.resolve("in2"),
                        "2026-09-01",
                        alpha,
                        ListFilesForTests.entityListRow(
                                "b", "Nanjing Example Microelectronics Co., Ltd.", "CN", "90 FR 1000; 91 FR 2000"),
                        ListFilesForTests.entityListRow("c", "Gamma Photonics", "HK", "91 FR 2000"))),
                List.of("2"));

        DigestOffer offer = offers.offer(usExpert, scenario.group.id()).orElseThrow();

        assertThat(offer.listsAsOf()).isEqualTo(LocalDate.of(2026, 9, 1));
        DigestDraft draft = offer.drafts().get(0);
        assertThat(offer.drafts()).hasSize(1);
        assertThat(draft.listCode()).isEqualTo("EL");
        assertThat(draft.additions()).isEqualTo(2);
        NewPolicyUpdate update = draft.draft();
        assertThat(update.texts().get("en").title()).isEqualTo("Entity List: 2 additions, 91 FR 2000");
        assertThat(update.texts().get("zh").title()).isEqualTo("实体清单：新增 2 项，91 FR 2000");
        assertThat(update.texts().get("en").summary())
                .contains("Entity List, lists of 2026-09-01 against 2026-08-01: 2 additions.")
                .contains("- Gamma Photonics (HK) — 91 FR 2000");
        assertThat(update.jurisdiction()).isEqualTo("US");
        assertThat(update.issuingBody()).isEqualTo("BIS");
        assertThat(update.instrumentType()).isEqualTo(InstrumentType.LIST_ADDITION);
        assertThat(update.publishedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(update.sourceUrl()).startsWith("https://www.bis.gov/");
        assertThat(draft.memberMatches()).singleElement().satisfies(match -> {
            assertThat(match.memberId()).isEqualTo(cnDelegate.id());
            assertThat(match.entryName()).isEqualTo("Nanjing Example Microelectronics Co., Ltd.");
        });

        PolicyUpdate posted = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit)
                .post(usExpert, scenario.group.id(), update);
        assertThat(posted.citation()).isEqualTo("91 FR 2000");
        assertThatThrownBy(() -> offers.offer(scenario.user("Outsider"), scenario.group.id()))
                .isInstanceOf(ForbiddenException.class);
    }
}
