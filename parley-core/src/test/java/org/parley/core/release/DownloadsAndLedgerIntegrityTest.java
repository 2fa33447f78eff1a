package org.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.core.storage.Database;
import org.parley.core.system.ForbiddenException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Rows;

class DownloadsAndLedgerIntegrityTest {

    @DatabaseTest
    void onlyRecipientsWithADeliveredReleaseDownload(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        fixture.release(new ReleaseTarget.People(List.of(fixture.clean.id(), fixture.huaweiEngineer.id())));
        long versionId = fixture.version.id();

        Download download = fixture.downloads.download(ReleaseFixture.actor(fixture.clean), versionId);

        assertThat(new String(download.content(), StandardCharsets.UTF_8)).isEqualTo("profile text");
        assertThat(download.fileName()).isEqualTo("profile.txt");
        assertThat(fixture.downloads
                        .download(ReleaseFixture.actor(fixture.author), versionId)
                        .content())
                .isEqualTo(download.content());
        assertThatThrownBy(() -> fixture.downloads.download(ReleaseFixture.actor(fixture.huaweiEngineer), versionId))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("has not been released to you");
        assertThatThrownBy(() -> fixture.downloads.download(ReleaseFixture.actor(fixture.officer), versionId))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void aChangedLedgerRowIsDetected(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        ReleaseReport report = fixture.release(new ReleaseTarget.Group());
        long withheld = report.withheld().get(0).ledgerId();
        LedgerVerifier verifier = new LedgerVerifier(database.jdbi());
        assertThat(verifier.verify()).isEqualTo(new LedgerVerification.Intact(4));

        database.jdbi()
                .useHandle(handle -> handle.execute(
                        "UPDATE release_ledger SET delivered = TRUE, reason = 'fine' WHERE id = ?", withheld));

        assertThat(verifier.verify()).isInstanceOfSatisfying(LedgerVerification.Broken.class, broken -> {
            assertThat(broken.ledgerId()).isEqualTo(withheld);
            assertThat(broken.reason()).contains("does not match its own hash");
        });
    }

    @DatabaseTest
    void aDeletedLedgerRowIsDetected(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        ReleaseReport report = fixture.release(new ReleaseTarget.Group());
        long second = report.decisions().get(1).ledgerId();

        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM release_ledger WHERE id = ?", second));

        assertThat(new LedgerVerifier(database.jdbi()).verify())
                .isEqualTo(new LedgerVerification.Broken(
                        second,
                        "row " + second + " is recorded in the audit chain but missing from the ledger (deleted)"));
    }

    @DatabaseTest
    void deletingTheDocumentKeepsItsLedger(Database database) {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        fixture.release(new ReleaseTarget.Group());

        fixture.documents.delete(ReleaseFixture.actor(fixture.author), fixture.document.id(), "withdrawn draft");

        assertThat(Rows.count(database, "release_ledger")).isEqualTo(4);
        assertThat(new ReleaseLedger(database.jdbi())
                        .entries(ReleaseFixture.actor(fixture.officer), fixture.scenario.group.id()))
                .hasSize(4)
                .allSatisfy(entry -> assertThat(entry.documentTitle()).isEqualTo("Interop profile"));
        assertThat(new LedgerVerifier(database.jdbi()).verify().intact()).isTrue();
    }
}
