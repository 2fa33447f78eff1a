package org.parley.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.parley.core.ParleyCore;
import org.parley.core.access.Role;
import org.parley.core.channels.Channel;
import org.parley.core.channels.Message;
import org.parley.core.channels.Priority;
import org.parley.core.groups.Group;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.groups.Side;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.NewSeries;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.proposals.Proposal;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;

/**
 * Seeds a realistic demo: a US–China "Export Control & Supply-Chain Security" working group with
 * ten experts per side, two past plenaries with minutes, the next one scheduled, action items and
 * outcomes, a proposal under endorsement, a channel with an overdue acknowledgement, and one member
 * held for review because their organisation is on the Entity List. Run once on an empty database.
 */
public final class DemoSeeder {
    /** The password of every demo account (printed by {@code parley demo}; demo data only). */
    public static final String PASSWORD = "parley-demo-2026";

    /** One account a visitor can sign in with. */
    public record DemoLogin(String email, String who) {}

    /** What was seeded. */
    public record DemoResult(long groupId, List<DemoLogin> logins) {}

    private final SeedClock clock;
    private final ParleyCore core;
    private final Instant now;
    private final List<DemoLogin> logins = new ArrayList<>();
    private DemoGroup demo;

    private DemoSeeder(Database database, Supplier<Screener> screener, double threshold, Instant now) {
        this.now = now;
        this.clock = new SeedClock(now.minus(Duration.ofDays(400)));
        this.core = ParleyCore.create(database, clock, screener, threshold, escalation -> {});
    }

    /** Seeds the demo as of {@code now}; screening of new members uses {@code screener}. */
    public static DemoResult seed(Database database, Supplier<Screener> screener, double threshold, Instant now) {
        return new DemoSeeder(database, screener, threshold, now).seedAll();
    }

    private DemoResult seedAll() {
        Actor secretariat = Actor.user(core.accounts()
                .bootstrapAdmin("secretariat@demo.parley.example", "Joint Secretariat", PASSWORD)
                .id());
        logins.add(new DemoLogin("secretariat@demo.parley.example", "joint secretariat (administrator)"));
        Group group = createGroup(secretariat);
        demo = new DemoGroup(group, secretariat, core.groups().sides(secretariat, group.id()));
        seatDelegations();
        List<Meeting> plenaries = scheduleMeetings();
        holdPastMeetings(plenaries);
        proposeJointPrinciples();
        openChannel();
        clock.set(now);
        core.escalations().runOnce();
        return new DemoResult(demo.group().id(), List.copyOf(logins));
    }

    private Group createGroup(Actor secretariat) {
        Group group = core.groups()
                .createGroup(
                        secretariat,
                        new NewGroup(
                                "Export Control & Supply-Chain Security WG",
                                DemoTexts.CHARTER,
                                List.of(new NewSide("US delegation", 11), new NewSide("China delegation", 11))));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var goal = core.groups().addGoal(secretariat, group.id(), DemoTexts.GOAL_TITLE, DemoTexts.GOAL_TEXT);
        core.groups()
                .addMilestone(
                        secretariat, group.id(), goal.id(), "Shared glossary of control terms", today.minusMonths(5));
        core.groups()
                .addMilestone(
                        secretariat,
                        group.id(),
                        goal.id(),
                        "Joint principles on standards participation",
                        today.plusMonths(2));
        core.groups()
                .addMilestone(secretariat, group.id(), null, "Annual report to both associations", today.plusMonths(7));
        return group;
    }

    private void seatDelegations() {
        Side us = demo.us();
        Side cn = demo.cn();
        demo.usCoChair(seat(us, Role.CO_CHAIR, DemoPeople.US_CO_CHAIR, "en", DemoPeople.US_ZONE, "US"));
        demo.cnCoChair(seat(cn, Role.CO_CHAIR, DemoPeople.CN_CO_CHAIR, "zh", DemoPeople.CN_ZONE, "CN"));
        seat(us, Role.COMPLIANCE_OFFICER, DemoPeople.US_COMPLIANCE, "en", DemoPeople.US_ZONE, "US");
        seat(cn, Role.COMPLIANCE_OFFICER, DemoPeople.CN_COMPLIANCE, "zh", DemoPeople.CN_ZONE, "CN");
        for (var person : DemoPeople.US_EXPERTS) {
            demo.usExperts().add(seat(us, Role.EXPERT, person, "en", DemoPeople.US_ZONE, "US"));
        }
        for (var person : DemoPeople.CN_EXPERTS) {
            demo.cnExperts().add(seat(cn, Role.EXPERT, person, "zh", DemoPeople.CN_ZONE, "CN"));
        }
        seat(cn, Role.EXPERT, DemoPeople.CN_LISTED, "en", DemoPeople.CN_ZONE, "CN");
    }

    private Member seat(Side side, Role role, DemoPeople.Person person, String language, String zone, String country) {
        Long userId = null;
        if (person.login() != null) {
            userId = core.accounts()
                    .createUser(demo.secretariat(), person.login(), person.name(), PASSWORD, false)
                    .id();
            logins.add(
                    new DemoLogin(person.login(), role.name().toLowerCase(java.util.Locale.ROOT) + ", " + side.name()));
        }
        String email = person.login() != null
                ? person.login()
                : "member"
                        + (logins.size()
                                + demo.usExperts().size()
                                + demo.cnExperts().size()) + "@demo.parley.example";
        return core.members()
                .addMember(
                        demo.secretariat(),
                        new org.parley.core.members.NewMember(
                                side.id(),
                                userId,
                                person.name(),
                                person.organisation(),
                                email,
                                language,
                                zone,
                                role,
                                List.of(country),
                                List.of()));
    }

    private List<Meeting> scheduleMeetings() {
        LocalDate first =
                LocalDate.ofInstant(now, ZoneOffset.UTC).minusMonths(12).plusDays(14);
        var rotation = List.of(
                new Venue(demo.us().id(), "Washington, DC", "America/New_York", "SIA offices, 1101 K St NW", null),
                new Venue(demo.cn().id(), "Shanghai", "Asia/Shanghai", "Zhangjiang Science Hall", null),
                new Venue(
                        demo.us().id(),
                        "San Jose",
                        "America/Los_Angeles",
                        "Convention Center, Room 210",
                        "https://meet.example.org/ecscs"));
        return core.meetings()
                .createSeries(
                        demo.secretariat(),
                        demo.group().id(),
                        new NewSeries(
                                "Plenary",
                                "FREQ=MONTHLY;INTERVAL=6;COUNT=3",
                                first,
                                LocalTime.of(9, 0),
                                480,
                                rotation));
    }

    private void holdPastMeetings(List<Meeting> plenaries) {
        new DemoMeetings(core, clock, demo).hold(plenaries.get(0), true);
        new DemoMeetings(core, clock, demo).hold(plenaries.get(1), false);
        core.agenda().addItem(demo.secretariat(), plenaries.get(2).id(), "Exchange of policy updates", null);
        core.agenda().addItem(demo.secretariat(), plenaries.get(2).id(), "Joint principles: endorsement status", null);
    }

    private void proposeJointPrinciples() {
        clock.set(now.minus(Duration.ofDays(20)));
        Actor author = Actor.user(demo.usCoChair().userId());
        Proposal proposal = core.proposals()
                .draft(
                        author,
                        demo.group().id(),
                        "Joint principles for participation in standards bodies",
                        Map.of("en", DemoTexts.PROPOSAL_EN, "zh", DemoTexts.PROPOSAL_ZH),
                        "en");
        core.proposals().submit(author, proposal.id());
        clock.set(now.minus(Duration.ofDays(12)));
        core.endorsements().endorse(author, proposal.id(), demo.us().id(), proposal.currentVersion());
        clock.set(now.minus(Duration.ofDays(9)));
        core.proposals().comment(Actor.user(demo.cnCoChair().userId()), proposal.id(), DemoTexts.PROPOSAL_COMMENT);
    }

    private void openChannel() {
        clock.set(now.minus(Duration.ofDays(30)));
        Actor usChair = Actor.user(demo.usCoChair().userId());
        Actor cnChair = Actor.user(demo.cnCoChair().userId());
        Channel channel = core.channels()
                .open(
                        demo.secretariat(),
                        demo.group().id(),
                        "Standing line: export-control policy",
                        Set.of(demo.us().id(), demo.cn().id()));
        Message routine = core.messages()
                .send(
                        usChair,
                        channel.id(),
                        demo.us().id(),
                        Priority.NORMAL,
                        DemoTexts.MESSAGE_1_SUBJECT,
                        DemoTexts.MESSAGE_1_BODY,
                        null);
        clock.set(now.minus(Duration.ofDays(29)));
        core.messages().acknowledge(cnChair, routine.id(), demo.cn().id());
        clock.set(now.minus(Duration.ofDays(2)));
        core.messages()
                .send(
                        usChair,
                        channel.id(),
                        demo.us().id(),
                        Priority.URGENT,
                        DemoTexts.MESSAGE_2_SUBJECT,
                        DemoTexts.MESSAGE_2_BODY,
                        null);
        clock.set(now.minus(Duration.ofHours(20)));
        core.messages()
                .send(
                        cnChair,
                        channel.id(),
                        demo.cn().id(),
                        Priority.HIGH,
                        DemoTexts.MESSAGE_3_SUBJECT,
                        DemoTexts.MESSAGE_3_BODY,
                        null);
    }
}
