package org.parley.web.pages.groups;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.channels.Channel;
import org.parley.core.groups.Goal;
import org.parley.core.groups.Group;
import org.parley.core.groups.Milestone;
import org.parley.core.groups.MilestoneStatus;
import org.parley.core.groups.Side;
import org.parley.core.meetings.Meeting;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.core.proposals.Proposal;
import org.parley.web.pages.FormState;
import org.parley.web.pages.documents.GroupDocuments;

/**
 * A group's page: charter, goals and milestones, each side's roster with its seat usage, meetings,
 * proposals, channels and documents, the calendar feed, and what the viewer may change. Immutable.
 *
 * @param form the form sent back for correction, or {@link FormState#NONE}
 */
public record GroupView(
        Group group,
        List<Goal> goals,
        List<Milestone> milestones,
        List<Roster> rosters,
        List<Meeting> meetings,
        List<Proposal> proposals,
        List<Channel> channels,
        GroupDocuments documents,
        Map<Long, String> sideNames,
        Roles roles,
        List<Role> roleChoices,
        List<String> zones,
        FormState form) {

    /** Whether the page has a time-zone field (the series or an add-member form), and so the zone list. */
    public boolean offersZones() {
        return roles.managesGroup() || rosters.stream().anyMatch(Roster::mayManage);
    }

    /**
     * One side's delegation.
     *
     * @param seatsTaken co-chairs and experts holding (active) or reserving (on hold) a seat, as the cap counts them
     */
    public record Roster(Side side, List<Member> members, int seatsTaken, boolean mayManage) {

        static Roster of(Side side, List<Member> members, Roles roles) {
            List<Member> current = members.stream()
                    .filter(member -> member.sideId() == side.id())
                    .filter(member -> member.status() != MemberStatus.REMOVED)
                    .toList();
            int seats = (int) current.stream()
                    .filter(member -> member.role().seated())
                    .filter(member -> member.status() == MemberStatus.ACTIVE || member.status() == MemberStatus.ON_HOLD)
                    .count();
            return new Roster(side, current, seats, roles.managesSide(side.id()));
        }

        public boolean full() {
            return seatsTaken >= side.memberCap();
        }

        public boolean isHead(Member member) {
            return Long.valueOf(member.id()).equals(side.headMemberId());
        }
    }

    public String sideName(Long sideId) {
        return sideId == null ? "" : sideNames.getOrDefault(sideId, "");
    }

    /** The group's iCalendar feed (meetings), for calendar applications to subscribe to. */
    public String calendarPath() {
        return "/api/v1/groups/" + group.id() + "/calendar.ics";
    }

    public String goalTitle(Long goalId) {
        return goals.stream()
                .filter(goal -> Long.valueOf(goal.id()).equals(goalId))
                .map(Goal::title)
                .findFirst()
                .orElse("");
    }

    /** Whether the viewer may draft a proposal: any member but an observer. */
    public boolean mayDraft() {
        return roles.seats().stream().anyMatch(seat -> seat.role() != Role.OBSERVER);
    }

    /** Whether the viewer may open channels and set goals and milestones. */
    public boolean mayManage() {
        return roles.managesGroup();
    }

    public List<Side> sides() {
        return rosters.stream().map(Roster::side).toList();
    }

    public List<MilestoneStatus> milestoneStatuses() {
        return Arrays.asList(MilestoneStatus.values());
    }

    /** The name of the form that changes the status of {@code milestone}. */
    public static String statusForm(Milestone milestone) {
        return "milestone-" + milestone.id();
    }
}
