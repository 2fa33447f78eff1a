package org.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.core.documents.Document;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Visibility;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Rows;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListSnapshot;

class ReleaseServiceTest {

    @DatabaseTest
    void everyRecipientIsDecidedAndOnlyPermittedOnesReceiveTheVersion(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);

        ReleaseReport report = fixture.release(new ReleaseTarget.Group());

        assertThat(report.decisions())
                .extracting(RecipientDecision::recipientName, RecipientDecision::outcome, RecipientDecision::delivered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Uma Author", "NOT_SUBJECT", true),
                        org.assertj.core.groups.Tuple.tuple("Olivia Officer", "NOT_SUBJECT", true),
                        org.assertj.core.groups.Tuple.tuple("Chen Clean", "NO_LICENSE_REQUIRED", true),
                        org.assertj.core.groups.Tuple.tuple("Hu Engineer", "LICENSE_REQUIRED", false));
        assertThat(report.withheld()).singleElement().satisfies(withheld -> {
            assertThat(withheld.reason()).contains("licence required (15 CFR 744.11)", "Presumption of denial");
            assertThat(withheld.releaseCountry()).isEqualTo("CN");
        });
    }

    @DatabaseTest
    void theLedgerKeepsTheFullDecisionWithItsInputsAndVersions(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        ReleaseReport report = fixture.release(new ReleaseTarget.People(List.of(fixture.huaweiEngineer.id())));

        LedgerEntry entry = new ReleaseLedger(database.jdbi())
                .entries(ReleaseFixture.actor(fixture.officer), fixture.scenario.group.id())
                .get(0);

        assertThat(entry.id()).isEqualTo(report.decisions().get(0).ledgerId());
        assertThat(entry.delivered()).isFalse();
        assertThat(entry.channel()).isEqualTo("PEOPLE");
        assertThat(entry.documentTitle()).isEqualTo("Interop profile");
        assertThat(entry.contentSha256()).isEqualTo(fixture.version.contentSha256());
        assertThat(entry.listsHash())
                .isEqualTo(fixture.scenario.screener().snapshot().contentHash());
        assertThat(entry.listsAsOf()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(entry.rulesAsOf()).isEqualTo(ReleaseFixture.REGULATIONS.asOf());
        assertThat(entry.decidedAt()).isEqualTo(fixture.scenario.clock.instant());
        assertThat(entry.retainUntil()).isEqualTo(LocalDate.of(2031, 9, 1));
        assertThat(entry.releasedBy())
                .isEqualTo(ReleaseFixture.actor(fixture.author).label());
        assertThat(entry.determinationJson()).contains("\"outcome\":\"LICENSE_REQUIRED\"", "\"party\":\"onBehalfOf\"");
        var request = new DecisionRequestReader().read(entry.requestJson());
        assertThat(request.recipient().onBehalfOf()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(request.recipient().citizenships()).containsExactly("CN");
        assertThat(request.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(new LedgerVerifier(database.jdbi()).verify().intact()).isTrue();
        assertThat(fixture.scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void aLicenceNumberReleasesWhereALicenceIsRequiredButNeverToADeniedPerson(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        Member denied = fixture.member("John Q. Deniedperson", "Trading House", List.of("US"), "America/Chicago");
        var order = new ReleaseOrder(
                fixture.version.id(),
                new ReleaseTarget.People(List.of(fixture.huaweiEngineer.id(), denied.id())),
                "d123456",
                false,
                null);

        ReleaseReport report = fixture.releases.release(ReleaseFixture.actor(fixture.author), order);

        assertThat(report.decisions().get(0).delivered()).isTrue();
        assertThat(report.decisions().get(0).reason()).startsWith("released under licence D123456");
        assertThat(report.decisions().get(1).outcome()).isEqualTo("PROHIBITED");
        assertThat(report.decisions().get(1).delivered()).isFalse();
    }

    @DatabaseTest
    void badInputIsRefusedWithTheFieldNamed(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        var actor = ReleaseFixture.actor(fixture.author);
        var group = new ReleaseTarget.Group();

        assertThatThrownBy(() -> fixture.release(group)).isInstanceOfSatisfying(ValidationException.class, invalid -> {
            assertThat(invalid.fields()).containsExactly("versionId");
            assertThat(invalid.getMessage()).contains("has no export classification");
        });
        fixture.classify(ReleaseFixture.EAR99);
        assertThatThrownBy(() -> fixture.releases.release(
                        actor, new ReleaseOrder(fixture.version.id(), group, "licence 42", false, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.fields()).containsExactly("licenceNumber"));
        assertThatThrownBy(() -> fixture.release(new ReleaseTarget.People(List.of(fixture.clean.id(), 999L))))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> {
                    assertThat(invalid.fields()).containsExactly("target.memberIds[1]");
                    assertThat(invalid.getMessage()).contains("unknown recipient");
                });
        assertThatThrownBy(() -> fixture.releases.release(
                        actor, new ReleaseOrder(fixture.version.id(), group, null, false, "ZZ")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.fields()).containsExactly("releaseCountry"));
        assertThat(Rows.count(database, "release_ledger")).isZero();
    }

    @DatabaseTest
    void aFailureHalfwayReleasesToNoOne(Database database) {
        AtomicInteger calls = new AtomicInteger();
        ReleaseFixture[] holder = new ReleaseFixture[1];
        // Fails while deciding the third recipient, after two ledger rows were written.
        Screener failing = new Screener() {
            @Override
            public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
                if (query.name().equals("Chen Clean") && calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("screening service fell over");
                }
                return holder[0].scenario.screener().screen(query, threshold);
            }

            @Override
            public ListSnapshot snapshot() {
                return holder[0].scenario.screener().snapshot();
            }
        };
        holder[0] = new ReleaseFixture(database, () -> failing);
        ReleaseFixture fixture = holder[0];
        fixture.classify(ReleaseFixture.EAR99);
        int auditEvents = Rows.count(database, "audit_events");

        assertThatThrownBy(() -> fixture.release(new ReleaseTarget.Group())).hasMessageContaining("fell over");

        assertThat(Rows.count(database, "release_ledger")).isZero();
        assertThat(Rows.count(database, "releases")).isZero();
        assertThat(Rows.count(database, "audit_events")).isEqualTo(auditEvents);
    }

    @DatabaseTest
    void heldMembersAreWithheldWhateverTheRulesSay(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        fixture.scenario.list(ReleaseFixture.entityListed("el-9", "Chen Clean"));
        fixture.scenario.reviews.rescreen(ReleaseFixture.actor(fixture.officer), fixture.clean.id());
        fixture.scenario.list(); // even with the entry gone again, the open review blocks releases

        ReleaseReport report = fixture.release(new ReleaseTarget.People(List.of(fixture.clean.id())));

        assertThat(report.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo("NO_LICENSE_REQUIRED");
            assertThat(decision.delivered()).isFalse();
            assertThat(decision.reason()).contains("screening review open");
        });
    }

    @DatabaseTest
    void caucusDocumentsAreReleasedOnlyWithinTheirSide(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        Document caucus = fixture.documents.create(
                ReleaseFixture.actor(fixture.author),
                fixture.scenario.group.id(),
                new NewDocument("US position", fixture.scenario.us.id(), Visibility.CAUCUS));
        var version = fixture.documents.addVersion(
                ReleaseFixture.actor(fixture.author),
                caucus.id(),
                new org.parley.core.documents.Upload("p.txt", "text/plain", "en", new byte[] {1}));
        fixture.documents.classify(ReleaseFixture.actor(fixture.officer), version.id(), ReleaseFixture.EAR99);

        assertThatThrownBy(() -> fixture.releases.release(
                        ReleaseFixture.actor(fixture.author),
                        new ReleaseOrder(version.id(), new ReleaseTarget.Group(), null, false, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Chen Clean");
        ReleaseReport toSide = fixture.releases.release(
                ReleaseFixture.actor(fixture.author),
                new ReleaseOrder(version.id(), new ReleaseTarget.Side(fixture.scenario.us.id()), null, false, null));
        assertThat(toSide.decisions())
                .extracting(RecipientDecision::recipientName)
                .containsExactly("Uma Author", "Olivia Officer");
    }
}
