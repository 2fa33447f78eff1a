package org.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.Venue;
import org.parley.core.reports.LedgerReports;
import org.parley.core.reports.MeetingPacks;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;

class ReportsTest {

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @DatabaseTest
    void theMeetingPackListsAgendaAttendeesPerSideAndTheDocumentsReleasedForIt(Database database) throws Exception {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        var admin = fixture.scenario.admin;
        Meeting meeting = new MeetingService(database.jdbi(), fixture.scenario.clock, fixture.scenario.audit)
                .schedule(
                        admin,
                        fixture.scenario.group.id(),
                        "Plenary 1",
                        LocalDateTime.of(2026, 10, 14, 9, 0),
                        90,
                        new Venue(fixture.scenario.us.id(), "Washington", "America/New_York", "Room 7", ""));
        var agenda = new AgendaService(database.jdbi(), fixture.scenario.audit);
        agenda.addItem(admin, meeting.id(), "Review the interop profile", null);
        var cnChair = fixture.scenario.seat(fixture.scenario.cn, org.parley.core.access.Role.CO_CHAIR, "Cai Chair");
        agenda.addItem(
                ReleaseFixture.actor(cnChair), meeting.id(), "CN caucus: negotiating line", fixture.scenario.cn.id());
        agenda.recordAttendance(admin, meeting.id(), fixture.author.id(), AttendanceStatus.IN_PERSON);
        agenda.recordAttendance(admin, meeting.id(), fixture.clean.id(), AttendanceStatus.REMOTE);
        ReleaseReport report = fixture.release(new ReleaseTarget.Meeting(meeting.id()));
        assertThat(report.decisions())
                .extracting(RecipientDecision::releaseCountry)
                .containsExactly("US", "CN");

        String pack = text(new MeetingPacks(database.jdbi()).pack(ReleaseFixture.actor(fixture.author), meeting.id()));

        assertThat(pack)
                .contains(
                        "Meeting pack: Plenary 1", "2026-10-14 09:00 America/New_York", "1. Review the interop profile")
                .contains("US: Uma Author", "(IN_PERSON)", "CN: Chen Clean", "(REMOTE)")
                .contains("Interop profile, version 1")
                .doesNotContain("negotiating line");
    }

    @DatabaseTest
    void theLedgerExportsAsCsvAndPdf(Database database) throws Exception {
        ReleaseFixture fixture = new ReleaseFixture(database);
        fixture.classify(ReleaseFixture.EAR99);
        fixture.release(new ReleaseTarget.Group());
        List<LedgerEntry> entries = new ArrayList<>();
        new ReleaseLedger(database.jdbi()).forEach(entries::add);

        StringWriter csv = new StringWriter();
        LedgerReports.csv(entries, csv);
        String pdf = text(LedgerReports.pdf(entries, "Release ledger"));

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).startsWith("id,release_id,group_id,document_id,document_title");
        assertThat(lines).hasSize(5);
        assertThat(lines[4])
                .contains(
                        "Hu Engineer",
                        "LICENSE_REQUIRED",
                        "false",
                        ",licence required (15 CFR 744.11)",
                        "\"{\"\"id\"\":\"\"release-1-member-4\"\"");
        assertThat(pdf)
                .contains(
                        "4 decisions",
                        "Interop profile v1 to Hu Engineer via GROUP: LICENSE_REQUIRED, WITHHELD",
                        "rules as of 2026-07-23");
    }
}
