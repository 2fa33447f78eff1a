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

    /** A plenary with an opening item, an item for the exchange of policy updates and a US caucus item. */
    private record Plenary(
            Scenario scenario,
            PolicyUpdateService updates,
            PolicyAgendaService policyAgenda,
            Actor usChair,
            Actor usExpert,
            Actor cnExpert,
            Meeting meeting,
            AgendaItem exchange,
            AgendaItem caucus) {

        PolicyUpdate post(Actor poster, NewPolicyUpdate update) {
            return updates.post(poster, scenario.group.id(), update);
        }
    }

    private static Plenary plenary(Database database) {
        Scenario scenario = new Scenario(database);
        var jdbi = database.jdbi();
        AgendaService agenda = new AgendaService(jdbi, scenario.audit);
        Actor usChair = Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair"));
        Meeting meeting = new MeetingService(jdbi, scenario.clock, scenario.audit)
                .schedule(
                        scenario.admin,
                        scenario.group.id(),
                        "Plenary",
                        LocalDateTime.of(2026, 10, 1, 9, 0),
                        120,
                        new Venue(scenario.us.id(), "Washington", "America/New_York", "HQ", ""));
        agenda.addItem(scenario.admin, meeting.id(), "Opening", null);
        return new Plenary(
                scenario,
                new PolicyUpdateService(jdbi, scenario.clock, scenario.audit),
                new PolicyAgendaService(jdbi, scenario.clock, scenario.audit),
                usChair,
                Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert")),
                Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert")),
                meeting,
                agenda.addItem(scenario.admin, meeting.id(), "Exchange of policy updates", null),
                agenda.addItem(usChair, meeting.id(), "US caucus", scenario.us.id()));
    }

    @DatabaseTest
    void updatesLinkedToAgendaItemsAppearInTheMeetingPack(Database database) {
        Plenary plenary = plenary(database);
        PolicyUpdate rule = plenary.post(plenary.usExpert, PolicyUpdates.bisRule());
        PolicyUpdate announcement = plenary.post(plenary.cnExpert, PolicyUpdates.mofcomAnnouncement());

        plenary.policyAgenda.link(plenary.usExpert, plenary.exchange.id(), rule.id());
        plenary.policyAgenda.link(plenary.cnExpert, plenary.exchange.id(), announcement.id());
        plenary.policyAgenda.link(plenary.usChair, plenary.caucus.id(), rule.id());

        assertThat(plenary.policyAgenda.forMeeting(plenary.usExpert, plenary.meeting.id()))
                .extracting(
                        link -> link.agendaItemTitle() + ": " + link.update().id())
                .containsExactly(
                        "Exchange of policy updates: " + rule.id(),
                        "Exchange of policy updates: " + announcement.id(),
                        "US caucus: " + rule.id());
        assertThat(plenary.policyAgenda.forMeeting(plenary.cnExpert, plenary.meeting.id()))
                .extracting(AgendaPolicyUpdate::agendaItemId)
                .containsExactly(plenary.exchange.id(), plenary.exchange.id());
        assertThatThrownBy(() -> plenary.policyAgenda.link(plenary.usExpert, plenary.exchange.id(), rule.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plenary.policyAgenda.link(plenary.cnExpert, plenary.exchange.id(), rule.id()))
                .as("neither the poster nor a manager")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plenary.policyAgenda.link(plenary.cnExpert, plenary.caucus.id(), announcement.id()))
                .as("the other side's caucus item is not visible")
                .isInstanceOf(NotFoundException.class);

        plenary.policyAgenda.unlink(plenary.usChair, plenary.exchange.id(), announcement.id());
        assertThat(plenary.policyAgenda.forMeeting(plenary.cnExpert, plenary.meeting.id()))
                .extracting(link -> link.update().id())
                .containsExactly(rule.id());
        assertThat(plenary.scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void theMeetingPackPdfListsTheUpdatesOnTheAgendaWithJurisdictionAndCitation(Database database) throws Exception {
        Plenary plenary = plenary(database);
        PolicyUpdate rule = plenary.post(plenary.usChair, PolicyUpdates.bisRule());
        PolicyUpdate announcement = plenary.post(plenary.cnExpert, PolicyUpdates.mofcomAnnouncement());
        PolicyUpdate caucusOnly = plenary.post(plenary.usChair, PolicyUpdates.bisRule());
        plenary.policyAgenda.link(plenary.usChair, plenary.exchange.id(), rule.id());
        plenary.policyAgenda.link(plenary.cnExpert, plenary.exchange.id(), announcement.id());
        plenary.policyAgenda.link(plenary.usChair, plenary.caucus.id(), caucusOnly.id());
        plenary.updates.withdraw(plenary.usChair, caucusOnly.id(), null);
        MeetingPacks packs = new MeetingPacks(database.jdbi());

        String usPack = pdfText(packs.pack(plenary.usChair, plenary.meeting.id()));
        String cnPack = pdfText(packs.pack(plenary.cnExpert, plenary.meeting.id()));

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
