package org.parley.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.core.access.Role;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.calendar.ICalendarWriter;
import org.parley.core.channels.Escalation;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.NewSeries;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class NotifierTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static Notifier notifier(Scenario scenario) {
        var sender = new SmtpMailSender(
                new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "parley@example.org", null, null, false));
        var calendars =
                new CalendarFeeds(scenario.database.jdbi(), scenario.clock, new ICalendarWriter("parley.example.org"));
        return new Notifier(scenario.database.jdbi(), scenario.clock, sender, calendars);
    }

    private static MimeMessage to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    @DatabaseTest
    void aScheduledMeetingInvitesEveryMemberInTheirLanguageWithTheCalendarEntry(Database database) throws Exception {
        Scenario scenario = new Scenario(database);
        Member chair = scenario.seat(scenario.us, Role.CO_CHAIR, "Una Chair");
        Member chinese = scenario.seat(scenario.cn, Role.EXPERT, "Chen Expert");
        Member quiet = scenario.seat(scenario.us, Role.EXPERT, "Quiet Person");
        new NotificationService(database.jdbi(), scenario.clock)
                .setPreference(Scenario.actorOf(quiet), NotificationKind.MEETING_INVITATION, false, true);
        Notifier notifier = notifier(scenario);
        notifier.dispatchPending(); // membership changes notify nobody
        var meeting = scenario.schedulePlenary(chair);

        int sent = notifier.dispatchPending();

        assertThat(sent).isEqualTo(2);
        assertThat(notifier.dispatchPending()).as("nothing twice").isZero();
        MimeMessage english = to(chair.email());
        assertThat(english.getSubject()).isEqualTo("Invitation: Plenary 1");
        MimeMessage zh = to(chinese.email());
        assertThat(zh.getSubject()).isEqualTo("会议邀请：Plenary 1");
        BodyPart calendarPart = ((MimeMultipart) zh.getContent()).getBodyPart(1);
        assertThat(calendarPart.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        String ics = new String(calendarPart.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponents("VEVENT")
                .get(0);
        assertThat(event.getProperty("UID").orElseThrow().getValue())
                .isEqualTo("meeting-" + meeting.id() + "@parley.example.org");
        List<Notification> inApp =
                new NotificationService(database.jdbi(), scenario.clock).notifications(Scenario.actorOf(quiet), true);
        assertThat(inApp).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.MEETING_INVITATION);
            assertThat(notification.body()).contains("Plenary 1", "Beijing");
        });
    }

    @DatabaseTest
    void escalationsReachBothHeadsOfDelegation(Database database) throws Exception {
        Scenario scenario = new Scenario(database);
        Member usHead = scenario.seat(scenario.us, Role.CO_CHAIR, "US Head");
        Member cnHead = scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Head");
        long messageId = database.jdbi().withHandle(handle -> {
            handle.execute(
                    "INSERT INTO channels (group_id, name, created_at) VALUES (?, 'Main', ?)",
                    scenario.group.id(),
                    scenario.clock.instant());
            handle.execute(
                    "INSERT INTO messages (channel_id, sender_id, sender_side_id, priority, subject, body,"
                            + " sent_at) VALUES ((SELECT MAX(id) FROM channels), ?, ?, 'URGENT', 'Export notice',"
                            + " 'Body', ?)",
                    usHead.userId(),
                    scenario.us.id(),
                    scenario.clock.instant());
            return handle.createQuery("SELECT MAX(id) FROM messages")
                    .mapTo(Long.class)
                    .one();
        });

        notifier(scenario)
                .escalated(new Escalation(
                        1, messageId, scenario.cn.id(), cnHead.id(), usHead.id(), scenario.clock.instant()));

        assertThat(to(cnHead.email()).getSubject()).isEqualTo("已升级：Export notice");
        assertThat(to(usHead.email()).getSubject()).isEqualTo("Escalated: Export notice");
    }

    @DatabaseTest
    void aNewSeriesSendsOneInvitationListingEveryMeetingWithAllOfThemAttached(Database database) throws Exception {
        Scenario scenario = new Scenario(database);
        Member chair = scenario.seat(scenario.us, Role.CO_CHAIR, "Una Chair");
        Member chinese = scenario.seat(scenario.cn, Role.EXPERT, "Chen Expert");
        Notifier notifier = notifier(scenario);
        notifier.dispatchPending();
        new MeetingService(database.jdbi(), scenario.clock, scenario.audit)
                .createSeries(
                        Scenario.actorOf(chair),
                        scenario.group.id(),
                        new NewSeries(
                                "Plenary",
                                "FREQ=MONTHLY;INTERVAL=6;COUNT=3",
                                LocalDate.of(2026, 10, 14),
                                LocalTime.of(9, 0),
                                120,
                                List.of(
                                        new Venue(scenario.us.id(), "Washington", "America/New_York", "", ""),
                                        new Venue(scenario.cn.id(), "Beijing", "Asia/Shanghai", "", ""))));

        int sent = notifier.dispatchPending();

        assertThat(sent).as("one e-mail per member, not one per meeting").isEqualTo(2);
        MimeMessage english = to(chair.email());
        assertThat(english.getSubject()).isEqualTo("Invitation: meeting series Plenary");
        MimeMessage zh = to(chinese.email());
        assertThat(zh.getSubject()).isEqualTo("会议邀请：系列会议 Plenary");
        MimeMultipart parts = (MimeMultipart) zh.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("共 3 次", "Beijing", "Washington");
        String ics = new String(
                parts.getBodyPart(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3);
    }
}
