package org.parley.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parley.core.access.Role;
import org.parley.core.meetings.AgendaItem;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.Venue;
import org.parley.core.reports.MeetingPacks;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

/** Policy updates on a meeting's agenda, as the meeting pack lists them. */
class PolicyAgendaTest {

    @DatabaseTest
    void updatesLinkedToAgendaItemsAppearInTheMeetingPack(Database database) {
        Scenario scenario = new Scenario(database);
        var jdbi = database.jdbi();
        PolicyUpdateService updates = new PolicyUpdateService(jdbi, scenario.clock, scenario.audit);
        PolicyAgendaService policyAgenda = new PolicyAgendaService(jdbi, scenario.clock, scenario.audit);
        AgendaService agenda = new AgendaService(jdbi, scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Actor cnExpert = Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert"));
        Meeting meeting = new MeetingService(jdbi, scenario.clock, scenario.audit)
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.of(2026, 10, 1, 9, 0),
                        120,
                        new Venue(scenario.us.id(), "Washington", "America/New_York", "HQ", ""));
        agenda.addItem(scenario.admin, meeting.id(), "Opening", null);
        AgendaItem exchange = agenda.addItem(scenario.admin, meeting.id(), "Exchange of policy updates", null);
        AgendaItem caucus = agenda.addItem(usChair, meeting.id(), "US caucus", scenario.us.id());
        PolicyUpdate rule = updates.post(usExpert, scenario.group.id(), PolicyUpdates.bisRule());
        PolicyUpdate announcement = updates.post(cnExpert, scenario.group.id(), PolicyUpdates.mofcomAnnouncement());

        policyAgenda.link(usExpert, exchange.id(), rule.id());
        policyAgenda.link(cnExpert, exchange.id(), announcement.id());
        policyAgenda.link(usChair, caucus.id(), rule.id());

        assertThat(policyAgenda.forMeeting(usExpert, meeting.id()))
                .extracting(
                        link -> link.agendaItemTitle() + ": " + link.update().id())
                .containsExactly(
                        "Exchange of policy updates: " + rule.id(),
                        "Exchange of policy updates: " + announcement.id(),
                        "US caucus: " + rule.id());
        assertThat(policyAgenda.forMeeting(cnExpert, meeting.id()))
                .extracting(AgendaPolicyUpdate::agendaItemId)
                .containsExactly(exchange.id(), exchange.id());
        assertThatThrownBy(() -> policyAgenda.link(usExpert, exchange.id(), rule.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> policyAgenda.link(cnExpert, exchange.id(), rule.id()))
                .as("neither the poster nor a manager")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policyAgenda.link(cnExpert, caucus.id(), announcement.id()))
                .as("the other side's caucus item is not visible")
                .isInstanceOf(NotFoundException.class);

        policyAgenda.unlink(usChair, exchange.id(), announcement.id());
        assertThat(policyAgenda.forMeeting(cnExpert, meeting.id()))
                .extracting(link -> link.update().id())
                .containsExactly(rule.id());
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void theMeetingPackPdfListsTheUpdatesOnTheAgendaWithJurisdictionAndCitation(Database database) throws Exception {
        Scenario scenario = new Scenario(database);
        var jdbi = database.jdbi();
        PolicyUpdateService updates = new PolicyUpdateService(jdbi, scenario.clock, scenario.audit);
        PolicyAgendaService policyAgenda = new PolicyAgendaService(jdbi, scenario.clock, scenario.audit);
        AgendaService agenda = new AgendaService(jdbi, scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Actor cnExpert = Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert"));
        Meeting meeting = new MeetingService(jdbi, scenario.clock, scenario.audit)
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.of(2026, 10, 1, 9, 0),
                        120,
                        new Venue(scenario.us.id(), "Washington", "America/New_York", "HQ", ""));
        agenda.addItem(scenario.admin, meeting.id(), "Opening", null);
        AgendaItem exchange = agenda.addItem(scenario.admin, meeting.id(), "Exchange of policy updates", null);
        AgendaItem caucus = agenda.addItem(usChair, meeting.id(), "US caucus", scenario.us.id());
        PolicyUpdate rule = updates.post(usChair, scenario.group.id(), PolicyUpdates.bisRule());
        PolicyUpdate announcement = updates.post(cnExpert, scenario.group.id(), PolicyUpdates.mofcomAnnouncement());
        PolicyUpdate caucusOnly = updates.post(usChair, scenario.group.id(), PolicyUpdates.bisRule());
        policyAgenda.link(usChair, exchange.id(), rule.id());
        policyAgenda.link(cnExpert, exchange.id(), announcement.id());
        policyAgenda.link(usChair, caucus.id(), caucusOnly.id());
        updates.withdraw(usChair, caucusOnly.id(), null);
        MeetingPacks packs = new MeetingPacks(jdbi);

        String usPack = pdfText(packs.pack(usChair, meeting.id()));
        String cnPack = pdfText(packs.pack(cnExpert, meeting.id()));

        assertThat(usPack)
                .contains("Policy updates on the agenda")
                .contains("2. Entity List additions: semiconductor fabs (US, 91 FR 1000)")
                .contains("(CN, MOFCOM Announcement No. 99 of 2026)")
                .contains("3. Entity List additions: semiconductor fabs (US, 91 FR 1000, withdrawn)");
        assertThat(cnPack)
                .contains("2. Entity List additions: semiconductor fabs (US, 91 FR 1000)")
                .contains("(CN, MOFCOM Announcement No. 99 of 2026)")
                .as("the US caucus item's update is not in the CN side's pack")
                .doesNotContain("withdrawn");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
