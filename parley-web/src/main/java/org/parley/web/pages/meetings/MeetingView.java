package org.parley.web.pages.meetings;

import java.util.List;
import java.util.Map;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.actions.ActionItem;
import org.parley.core.actions.Outcome;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.meetings.AgendaItem;
import org.parley.core.meetings.Attendance;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.Minutes;
import org.parley.core.meetings.MinutesStatus;

/**
 * A meeting's page: when and where (in the viewer's and the host's time), agenda, attendance,
 * minutes with each side's approval, and the action items and outcomes it produced. Immutable.
 *
 * @param minutes null while no draft exists
 * @param memberNames member ID to full name, for attendance and owners
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
        Map<Long, String> memberNames,
        Roles roles) {

    public String sideName(Long sideId) {
        return sides.stream()
                .filter(side -> Long.valueOf(side.id()).equals(sideId))
                .map(Side::name)
                .findFirst()
                .orElse("");
    }

    public String memberName(long memberId) {
        return memberNames.getOrDefault(memberId, "");
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
}
