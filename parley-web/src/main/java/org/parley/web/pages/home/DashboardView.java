package org.parley.web.pages.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.actions.ActionStatus;
import org.parley.core.channels.Priority;

/**
 * The dashboard: the viewer's groups, the next meetings, their open action items, and what waits for
 * them (acknowledgements, screening reviews). Immutable.
 */
public record DashboardView(
        List<GroupLine> groups,
        List<MeetingLine> meetings,
        List<ActionLine> actions,
        List<AcknowledgementLine> acknowledgements,
        List<ReviewLine> reviews,
        boolean mayCreateGroups) {

    /** A group and the viewer's roles in it. */
    public record GroupLine(long id, String name, List<Role> roles, int members) {}

    /** A coming meeting. */
    public record MeetingLine(
            long id,
            String group,
            String title,
            Instant startsAt,
            LocalDateTime hostStart,
            String hostZone,
            String city) {}

    /** An open action item the viewer owns. */
    public record ActionLine(
            long groupId, String group, String title, LocalDate dueDate, ActionStatus status, boolean overdue) {}

    /** A message one of the viewer's sides has yet to acknowledge. */
    public record AcknowledgementLine(
            long channelId, String channel, String subject, String side, Priority priority, Instant deadline) {}

    /** A membership held for the viewer's decision as compliance officer. */
    public record ReviewLine(long groupId, String group, String member, int matches, Instant openedAt) {}
}
