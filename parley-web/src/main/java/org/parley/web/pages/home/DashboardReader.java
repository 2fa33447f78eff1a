package org.parley.web.pages.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.access.Seat;
import org.parley.core.channels.PendingAcknowledgement;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.meetings.MeetingStatus;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;
import org.parley.web.pages.home.DashboardView.AcknowledgementLine;
import org.parley.web.pages.home.DashboardView.ActionLine;
import org.parley.web.pages.home.DashboardView.GroupLine;
import org.parley.web.pages.home.DashboardView.MeetingLine;
import org.parley.web.pages.home.DashboardView.ReviewLine;

/**
 * Gathers the dashboard group by group from the platform services: the viewer's groups and roles,
 * coming meetings, their own open action items, acknowledgements their sides owe, and screening
 * reviews for compliance officers. Stateless apart from the services; thread-safe.
 */
final class DashboardReader {

    private static final int MAX_MEETINGS = 8;

    private final ParleyCore core;

    DashboardReader(ParleyCore core) {
        this.core = core;
    }

    DashboardView read(Actor actor, Instant now, boolean admin) {
        List<GroupLine> groups = new ArrayList<>();
        List<MeetingLine> meetings = new ArrayList<>();
        List<ActionLine> actions = new ArrayList<>();
        List<AcknowledgementLine> acknowledgements = new ArrayList<>();
        List<ReviewLine> reviews = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (Group group : core.groups().groupsOf(actor)) {
            Roles roles = core.groups().roles(actor, group.id());
            List<Member> members = core.members().members(actor, group.id());
            Map<Long, Side> sides = core.groups().sides(actor, group.id()).stream()
                    .collect(Collectors.toMap(Side::id, Function.identity()));
            groups.add(new GroupLine(
                    group.id(),
                    group.name(),
                    roles.seats().stream().map(Seat::role).distinct().toList(),
                    members.size()));
            core.meetings().meetings(actor, group.id()).stream()
                    .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED
                            && meeting.startsAt().isAfter(now))
                    .forEach(meeting -> meetings.add(new MeetingLine(
                            meeting.id(),
                            group.name(),
                            meeting.title(),
                            meeting.startsAt(),
                            meeting.startsAtLocal(),
                            meeting.timeZone(),
                            meeting.city())));
            Set<Long> mySeats = roles.seats().stream().map(Seat::memberId).collect(Collectors.toSet());
            core.actions().openItems(actor, group.id()).stream()
                    .filter(item -> mySeats.contains(item.ownerMemberId()))
                    .forEach(item -> actions.add(new ActionLine(
                            group.id(),
                            group.name(),
                            item.title(),
                            item.dueDate(),
                            item.status(),
                            item.dueDate() != null && item.dueDate().isBefore(today))));
            acknowledgementsDue(actor, roles, sides, acknowledgements);
            if (roles.has(Role.COMPLIANCE_OFFICER)) {
                Map<Long, String> names = members.stream().collect(Collectors.toMap(Member::id, Member::fullName));
                core.screeningReviews()
                        .openReviews(actor, group.id())
                        .forEach(review -> reviews.add(new ReviewLine(
                                group.id(),
                                group.name(),
                                names.getOrDefault(review.memberId(), ""),
                                review.matches().size(),
                                review.createdAt())));
            }
        }
        meetings.sort(Comparator.comparing(MeetingLine::startsAt));
        acknowledgements.sort(Comparator.comparing(AcknowledgementLine::deadline));
        return new DashboardView(
                groups,
                meetings.subList(0, Math.min(MAX_MEETINGS, meetings.size())),
                actions,
                acknowledgements,
                reviews,
                admin);
    }

    /** Messages with a deadline that a side the viewer sits on has not acknowledged yet. */
    private void acknowledgementsDue(
            Actor actor, Roles roles, Map<Long, Side> sides, List<AcknowledgementLine> acknowledgements) {
        for (PendingAcknowledgement pending : core.messages().pendingAcknowledgements(actor, roles.groupId())) {
            acknowledgements.add(new AcknowledgementLine(
                    pending.channelId(),
                    pending.channelName(),
                    pending.subject(),
                    sides.get(pending.sideId()).name(),
                    pending.priority(),
                    pending.deadline()));
        }
    }
}
