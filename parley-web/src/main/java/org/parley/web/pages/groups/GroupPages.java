package org.parley.web.pages.groups;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.access.Seat;
import org.parley.core.accounts.User;
import org.parley.core.groups.Group;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.groups.Side;
import org.parley.core.meetings.Meeting;
import org.parley.core.members.Member;
import org.parley.core.members.NewMember;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.calendar.CalendarApi;
import org.parley.web.pages.Form;
import org.parley.web.pages.FormState;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.Preferences;
import org.parley.web.pages.documents.GroupDocuments;
import org.parley.web.system.Requests;

/** A group's page (with its documents), creating groups, and adding members to a side. Thread-safe. */
public final class GroupPages implements RouteModule {

    /** Sides offered by the new-group form; two are required, the rest may stay blank. */
    static final int SIDE_ROWS = 3;

    private final ParleyCore core;
    private final ParleyWorkflows workflows;
    private final Pages pages;

    public GroupPages(ParleyCore core, ParleyWorkflows workflows, Pages pages) {
        this.core = core;
        this.workflows = workflows;
        this.pages = pages;
    }

    /** The new-group form's model. */
    public record NewGroupView(int sideRows) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/groups/new", this::newGroupForm, PageAccess.SIGNED_IN);
        routes.post("/groups", this::createGroup, PageAccess.SIGNED_IN);
        routes.get("/groups/{groupId}", this::group, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/members", this::addMember, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/calendar-link", this::calendarLink, PageAccess.SIGNED_IN);
    }

    /** A new secret calendar link was made; it is shown once. */
    public record CalendarLinkView(Group group, String url) {}

    /** Makes the viewer's secret subscription link (replacing an earlier one) and shows it once. */
    private void calendarLink(Context ctx) {
        Actor actor = actor(ctx);
        long groupId = Requests.id(ctx, "groupId");
        Group group = core.groups().group(actor, groupId);
        long memberId = core.groups().roles(actor, groupId).seats().stream()
                .findFirst()
                .map(Seat::memberId)
                .orElseThrow(() -> new ForbiddenException("only members of the group have a calendar link"));
        String key = workflows.calendarLinks().renew(actor, memberId);
        String url = ctx.scheme() + "://" + ctx.host() + CalendarApi.subscriptionPath(key);
        pages.render(ctx, "groups/calendar-link.jte", new CalendarLinkView(group, url), "group.calendarLink.title");
    }

    private void newGroupForm(Context ctx) {
        // Only administrators create groups: nobody else is offered a form the platform would refuse.
        if (!pages.viewer(ctx).user().admin()) {
            throw new ForbiddenException("only administrators create groups");
        }
        pages.render(ctx, "groups/new.jte", new NewGroupView(SIDE_ROWS), "group.new.title");
    }

    private void createGroup(Context ctx) {
        pages.submit(ctx, "/groups/new", form -> {
            List<NewSide> sides = new ArrayList<>();
            for (int i = 0; i < SIDE_ROWS; i++) {
                String name = form.text("sideName" + i);
                if (name != null || i < 2) {
                    sides.add(new NewSide(name, form.text("sideCap" + i) == null ? 0 : form.number("sideCap" + i)));
                }
            }
            Group group = core.groups()
                    .createGroup(actor(ctx), new NewGroup(form.text("name"), form.rawText("charter"), sides));
            return new Pages.Done("/groups/" + group.id(), "flash.groupCreated");
        });
    }

    private void group(Context ctx) {
        show(ctx, Requests.id(ctx, "groupId"), FormState.NONE);
    }

    /** Shows the group's page, with {@code form} open and its problems marked when it was sent back. */
    void show(Context ctx, long groupId, FormState form) {
        Actor actor = actor(ctx);
        Group group = core.groups().group(actor, groupId);
        Roles roles = core.groups().roles(actor, groupId);
        List<Side> sides = core.groups().sides(actor, groupId);
        List<Member> members = core.members().members(actor, groupId).stream()
                .sorted(Comparator.comparing((Member member) -> member.role().ordinal())
                        .thenComparing(Member::fullName))
                .toList();
        List<Meeting> meetings = core.meetings().meetings(actor, groupId).stream()
                .sorted(Comparator.comparing(Meeting::startsAt))
                .toList();
        var view = new GroupView(
                group,
                core.groups().goals(actor, groupId),
                core.groups().milestones(actor, groupId),
                sides.stream()
                        .map(side -> GroupView.Roster.of(side, members, roles))
                        .toList(),
                meetings,
                core.proposals().proposals(actor, groupId),
                core.channels().channels(actor, groupId),
                GroupDocuments.of(workflows, actor, groupId, roles, sides),
                sides.stream().collect(Collectors.toMap(Side::id, Side::name)),
                roles,
                Arrays.asList(Role.values()),
                Preferences.selectableZones(),
                form);
        pages.render(ctx, "groups/group.jte", view, "group.title", group.name());
    }

    private void addMember(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        String back = "/groups/" + groupId + "#roster";
        pages.submit(ctx, back, form -> {
            Long userId = linkedAccount(form);
            core.members()
                    .addMember(
                            actor(ctx),
                            new NewMember(
                                    form.id("sideId"),
                                    userId,
                                    form.text("fullName"),
                                    form.text("organisation"),
                                    form.text("email"),
                                    form.text("preferredLanguage"),
                                    form.text("timeZone"),
                                    form.choice("role", Role.class),
                                    countries(form.text("nationalities")),
                                    countries(form.text("permanentResidences"))));
            return new Pages.Done(back, "flash.memberAdded");
        });
    }

    /** The account named in the form, if any; a name that has no account is refused. */
    private Long linkedAccount(Form form) {
        String email = form.text("account");
        if (email == null) {
            return null;
        }
        return core.accounts()
                .userByEmail(email)
                .map(User::id)
                .orElseThrow(() -> ValidationException.of("account", "no account is registered for " + email));
    }

    /** Country codes typed as "US, CN" (upper-cased; the platform checks each). */
    static List<String> countries(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .toList();
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
