package org.parley.core.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.parley.core.ParleyCore;
import org.parley.core.actions.ActionItem;
import org.parley.core.actions.ActionStatus;
import org.parley.core.actions.ImplementationStatus;
import org.parley.core.actions.Outcome;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingStatus;
import org.parley.core.meetings.Minutes;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;

/** Seeds what a past plenary leaves behind: agenda, attendance, minutes, actions and outcomes. */
final class DemoMeetings {
    private final ParleyCore core;
    private final SeedClock clock;
    private final DemoGroup demo;

    DemoMeetings(ParleyCore core, SeedClock clock, DemoGroup demo) {
        this.core = core;
        this.clock = clock;
        this.demo = demo;
    }

    /** Holds the meeting; minutes are approved by both co-chairs, or only by the US side's. */
    void hold(Meeting meeting, boolean bothApprove) {
        var start =
                meeting.startsAtLocal().atZone(ZoneId.of(meeting.timeZone())).toInstant();
        clock.set(start.minus(Duration.ofDays(14)));
        Actor secretariat = demo.secretariat();
        for (String title : DemoTexts.AGENDA) {
            core.agenda().addItem(secretariat, meeting.id(), title, null);
        }
        core.agenda()
                .addItem(
                        Actor.user(demo.usCoChair().userId()),
                        meeting.id(),
                        "US caucus: position on the joint principles",
                        demo.us().id());
        clock.set(start.plus(Duration.ofHours(9)));
        core.meetings().changeStatus(secretariat, meeting.id(), MeetingStatus.HELD);
        recordAttendance(meeting);
        clock.set(start.plus(Duration.ofDays(3)));
        Minutes minutes = core.minutes().saveDraft(secretariat, meeting.id(), DemoTexts.minutesOf(meeting));
        clock.set(start.plus(Duration.ofDays(6)));
        core.minutes()
                .approve(
                        Actor.user(demo.usCoChair().userId()),
                        meeting.id(),
                        demo.us().id(),
                        minutes.revision());
        if (bothApprove) {
            clock.set(start.plus(Duration.ofDays(8)));
            core.minutes()
                    .approve(
                            Actor.user(demo.cnCoChair().userId()),
                            meeting.id(),
                            demo.cn().id(),
                            minutes.revision());
        }
        seedActions(meeting, LocalDate.ofInstant(start, ZoneId.of(meeting.timeZone())), bothApprove);
    }

    private void recordAttendance(Meeting meeting) {
        List<Member> present = List.of(
                demo.usCoChair(),
                demo.cnCoChair(),
                demo.usExperts().get(0),
                demo.usExperts().get(1),
                demo.cnExperts().get(0),
                demo.cnExperts().get(1));
        for (Member member : present) {
            core.agenda().recordAttendance(demo.secretariat(), meeting.id(), member.id(), AttendanceStatus.IN_PERSON);
        }
        core.agenda()
                .recordAttendance(
                        demo.secretariat(),
                        meeting.id(),
                        demo.usExperts().get(2).id(),
                        AttendanceStatus.REMOTE);
        core.agenda()
                .recordAttendance(
                        demo.secretariat(),
                        meeting.id(),
                        demo.cnExperts().get(2).id(),
                        AttendanceStatus.EXCUSED);
    }

    private void seedActions(Meeting meeting, LocalDate day, boolean first) {
        Actor secretariat = demo.secretariat();
        if (first) {
            ActionItem glossary = core.actions()
                    .create(
                            secretariat,
                            demo.usExperts().get(0).id(),
                            meeting.id(),
                            "Draft the shared glossary of control terms",
                            day.plusMonths(2));
            core.actions()
                    .report(secretariat, glossary.id(), ActionStatus.DONE, null, "Circulated to both delegations.");
            core.actions()
                    .create(
                            secretariat,
                            demo.cnExperts().get(0).id(),
                            meeting.id(),
                            "Summarise MOFCOM export-control list changes for the group",
                            day.plusMonths(4));
            Outcome outcome = core.outcomes().record(secretariat, demo.group().id(), meeting.id(), DemoTexts.OUTCOME_1);
            core.outcomes()
                    .reportProgress(
                            Actor.user(demo.usCoChair().userId()),
                            outcome.id(),
                            demo.us().id(),
                            ImplementationStatus.IMPLEMENTED,
                            meeting.id(),
                            "Briefing held for members.");
            core.outcomes()
                    .reportProgress(
                            Actor.user(demo.cnCoChair().userId()),
                            outcome.id(),
                            demo.cn().id(),
                            ImplementationStatus.IN_PROGRESS,
                            meeting.id(),
                            "Translation under review.");
        } else {
            core.actions()
                    .create(
                            secretariat,
                            demo.usExperts().get(1).id(),
                            meeting.id(),
                            "Compare the 2024 standards rule with earlier authorizations",
                            day.plusMonths(3));
            core.actions()
                    .create(
                            secretariat,
                            demo.cnExperts().get(1).id(),
                            meeting.id(),
                            "Propose agenda for the supply-chain due-diligence session",
                            day.plusMonths(5));
            core.outcomes().record(secretariat, demo.group().id(), meeting.id(), DemoTexts.OUTCOME_2);
        }
    }
}
