package org.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.parley.core.storage.Database;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Rows;

/** The release gate's preview decides like a release and writes nothing; the per-document ledger read. */
class ReleasePreviewTest {

    @DatabaseTest
    void aPreviewDecidesEveryRecipientAsAReleaseWouldButRecordsNothing(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        int auditEvents = Rows.count(database, "audit_events");
        var order = new ReleaseOrder(fixture.version.id(), new ReleaseTarget.Group(), null, false, null);

        ReleasePreview preview = fixture.releases.preview(ReleaseFixture.actor(fixture.author), order);

        assertThat(preview.recipients())
                .extracting(RecipientPreview::recipientName, RecipientPreview::outcome, RecipientPreview::delivered)
                .containsExactly(
                        Tuple.tuple("Uma Author", "NOT_SUBJECT", true),
                        Tuple.tuple("Olivia Officer", "NOT_SUBJECT", true),
                        Tuple.tuple("Chen Clean", "NO_LICENSE_REQUIRED", true),
                        Tuple.tuple("Hu Engineer", "LICENSE_REQUIRED", false));
        assertThat(preview.withheld()).singleElement().satisfies(withheld -> {
            assertThat(withheld.citations()).contains("15 CFR 744.11");
            assertThat(withheld.reason()).contains("licence required (15 CFR 744.11)");
            assertThat(withheld.matches()).extracting(match -> match.list()).contains("EL");
            assertThat(withheld.determination().trace()).isNotEmpty();
            assertThat(withheld.releaseCountry()).isEqualTo("CN");
        });
        assertThat(Rows.count(database, "releases")).isZero();
        assertThat(Rows.count(database, "release_ledger")).isZero();
        assertThat(Rows.count(database, "audit_events")).isEqualTo(auditEvents);

        ReleaseReport report = fixture.releases.release(ReleaseFixture.actor(fixture.author), order);
        assertThat(report.decisions())
                .extracting(RecipientDecision::outcome, RecipientDecision::delivered, RecipientDecision::reason)
                .containsExactlyElementsOf(preview.recipients().stream()
                        .map(recipient -> Tuple.tuple(recipient.outcome(), recipient.delivered(), recipient.reason()))
                        .toList());
    }

    @DatabaseTest
    void onlyThoseWhoMayReleaseMayPreview(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        var order = new ReleaseOrder(fixture.version.id(), new ReleaseTarget.Group(), null, false, null);

        assertThatThrownBy(() -> fixture.releases.preview(ReleaseFixture.actor(fixture.clean), order))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("only the owning side's members release");
    }

    @DatabaseTest
    void aDocumentsLedgerIsReadByItsSideAndTheOfficersOnly(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        fixture.release(new ReleaseTarget.People(List.of(fixture.clean.id(), fixture.huaweiEngineer.id())));
        var ledger = new ReleaseLedger(database.jdbi());

        List<LedgerEntry> entries = ledger.ofDocument(ReleaseFixture.actor(fixture.author), fixture.document.id());

        assertThat(entries)
                .extracting(LedgerEntry::recipientName, LedgerEntry::delivered)
                .containsExactly(Tuple.tuple("Hu Engineer", false), Tuple.tuple("Chen Clean", true));
        assertThat(ledger.ofDocument(ReleaseFixture.actor(fixture.officer), fixture.document.id()))
                .hasSize(2);
        assertThatThrownBy(() -> ledger.ofDocument(ReleaseFixture.actor(fixture.clean), fixture.document.id()))
                .isInstanceOf(ForbiddenException.class);
    }
}
