package org.parley.web.pages.meetings;

import java.util.Arrays;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.actions.ActionItem;
import org.parley.core.actions.ActionStatus;
import org.parley.core.actions.Outcome;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.meetings.AgendaItem;
import org.parley.core.meetings.Attendance;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.Minutes;
import org.parley.core.meetings.MinutesStatus;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.web.pages.FormState;

/**
 * A meeting's page: when and where (in the viewer's and the host's time), agenda, attendance,
 * minutes with each side's approval, and the action items and outcomes it produced. Immutable.
 *
 * @param minutes null while no draft exists
 * @param members the group's members by name (removed ones too: they may own items or have attended)
 * @param form the form sent back for correction, or {@link FormState#NONE}
 */
public record MeetingView(
        Meeting meeting,
        Group group,
        List<Side> sides,
        List<AgendaItem> agenda,
        List<Attendance> attendance,
        Minutes minutes,
        List<ActionItem> actions,
        List<Outcome> outcomes,
        List<Member> members,
        Roles roles,
        FormState form) {

    /** The forms of the page, by name. */
    public static final String AGENDA_FORM = "agenda";

    public static final String ACTION_FORM = "action";

    public String sideName(Long sideId) {
        return sides.stream()
                .filter(side -> Long.valueOf(side.id()).equals(sideId))
                .map(Side::name)
                .findFirst()
                .orElse("");
    }

    public String memberName(long memberId) {
        return members.stream()
                .filter(member -> member.id() == memberId)
                .map(Member::fullName)
                .findFirst()
                .orElse("");
    }

    public boolean approvedBy(Side side) {
        return minutes != null && minutes.approvedBySides().contains(side.id());
    }

    /** Whether the viewer may approve the current draft for {@code side}: its co-chair, not yet approved. */
    public boolean mayApprove(Side side) {
        return minutes != null
                && minutes.status() == MinutesStatus.DRAFT
                && roles.has(Role.CO_CHAIR, side.id())
                && !approvedBy(side);
    }

    /** Whether the viewer may write or revise the draft. */
    public boolean mayDraft() {
        return roles.managesGroup() && (minutes == null || minutes.status() == MinutesStatus.DRAFT);
    }

    /** Whether the viewer may add to the agenda: shared items as a manager, caucus items for a side they lead. */
    public boolean mayAddAgenda() {
        return roles.managesGroup() || !caucusSides().isEmpty();
    }

    /** The sides the viewer may add caucus items for: those they lead. */
    public List<Side> caucusSides() {
        return sides.stream().filter(side -> roles.leads(side.id())).toList();
    }

    /** Whether the viewer records attendance and raises action items: the group's managers. */
    public boolean mayManage() {
        return roles.managesGroup();
    }

    /** The members who can attend or own an action item: those not removed. */
    public List<Member> currentMembers() {
        return members.stream()
                .filter(member -> member.status() != MemberStatus.REMOVED)
                .toList();
    }

    /** The member's recorded attendance, or null when none is recorded. */
    public AttendanceStatus attendanceOf(Member member) {
        return attendance.stream()
                .filter(entry -> entry.memberId() == member.id())
                .map(Attendance::status)
                .findFirst()
                .orElse(null);
    }

    public List<AttendanceStatus> attendanceStatuses() {
        return Arrays.asList(AttendanceStatus.values());
    }

    public List<ActionStatus> actionStatuses() {
        return Arrays.asList(ActionStatus.values());
    }

    /** Whether the viewer may report on {@code item}: its owner, its side's leaders or a manager. */
    public boolean mayReport(ActionItem item) {
        boolean owner = roles.seats().stream().anyMatch(seat -> seat.memberId() == item.ownerMemberId());
        return owner || roles.managesGroup() || roles.leads(item.sideId());
    }

    /** The name of the form that records {@code member}'s attendance. */
    public static String attendanceForm(Member member) {
        return "attendance-" + member.id();
    }

    /** The name of the form that reports on {@code item}. */
    public static String reportForm(ActionItem item) {
        return "report-" + item.id();
    }
}
