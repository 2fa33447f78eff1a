package org.parley.web.pages.meetings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.core.ParleyCore;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.Minutes;
import org.parley.core.meetings.NewSeries;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.pages.Form;
import org.parley.web.pages.FormState;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.system.Requests;

/** Meeting pages: scheduling a series, a meeting's record, drafting and approving its minutes. Thread-safe. */
public final class MeetingPages implements RouteModule {

    private static final List<String> FREQUENCIES = List.of("WEEKLY", "MONTHLY", "YEARLY");
    /** Venues the series form offers; meetings are held at them in turn. */
    private static final int VENUE_ROWS = 2;

    private final ParleyCore core;
    private final Pages pages;

    public MeetingPages(ParleyCore core, Pages pages) {
        this.core = core;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/groups/{groupId}/series", this::createSeries, PageAccess.SIGNED_IN);
        routes.get("/meetings/{meetingId}", this::meeting, PageAccess.SIGNED_IN);
        routes.post("/meetings/{meetingId}/minutes", this::saveMinutes, PageAccess.SIGNED_IN);
        routes.post("/meetings/{meetingId}/minutes/approval", this::approveMinutes, PageAccess.SIGNED_IN);
    }

    private void createSeries(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        String back = "/groups/" + groupId + "#meetings";
        pages.submit(ctx, back, form -> {
            String frequency = form.text("frequency");
            if (frequency == null || !FREQUENCIES.contains(frequency.toUpperCase(Locale.ROOT))) {
                throw ValidationException.of("frequency", "must be one of " + FREQUENCIES);
            }
            String rule = "FREQ=" + frequency.toUpperCase(Locale.ROOT) + ";INTERVAL=" + form.number("interval")
                    + ";COUNT=" + form.number("count");
            LocalTime start = form.time("localStart");
            List<Meeting> created = core.meetings()
                    .createSeries(
                            actor(ctx),
                            groupId,
                            new NewSeries(
                                    form.text("title"),
                                    rule,
                                    form.date("firstDate"),
                                    start,
                                    form.number("durationMinutes"),
                                    venues(form)));
            return new Pages.Done(back, created.size() == 1 ? "flash.meetingScheduled" : "flash.seriesScheduled");
        });
    }

    /** The venues filled in, in order; a row without a city is left out. */
    private static List<Venue> venues(Form form) {
        List<Venue> venues = new ArrayList<>();
        for (int i = 0; i < VENUE_ROWS; i++) {
            String city = form.text("city" + i);
            if (city != null) {
                Long host = form.text("hostSideId" + i) == null ? null : form.id("hostSideId" + i);
                venues.add(new Venue(host, city, form.text("timeZone" + i), form.text("place" + i), ""));
            }
        }
        return venues;
    }

    private void meeting(Context ctx) {
        show(ctx, Requests.id(ctx, "meetingId"), FormState.NONE);
    }

    /** Shows the meeting's page, with {@code form} open and its problems marked when it was sent back. */
    void show(Context ctx, long meetingId, FormState form) {
        Actor actor = actor(ctx);
        Meeting meeting = core.meetings().meeting(actor, meetingId);
        long groupId = meeting.groupId();
        List<Member> members = core.members().members(actor, groupId).stream()
                .sorted(Comparator.comparing(Member::fullName))
                .toList();
        var view = new MeetingView(
                meeting,
                core.groups().group(actor, groupId),
                core.groups().sides(actor, groupId),
                core.agenda().agenda(actor, meetingId),
                core.agenda().attendance(actor, meetingId),
                minutesOrNull(actor, meetingId),
                core.actions().items(actor, groupId).stream()
                        .filter(item -> Long.valueOf(meetingId).equals(item.meetingId()))
                        .toList(),
                core.outcomes().outcomes(actor, groupId).stream()
                        .filter(outcome -> outcome.meetingId() == meetingId)
                        .toList(),
                members,
                core.groups().roles(actor, groupId),
                form);
        pages.render(
                ctx,
                "meetings/meeting.jte",
                view,
                "meeting.pageTitle",
                meeting.title(),
                view.group().name());
    }

    private Minutes minutesOrNull(Actor actor, long meetingId) {
        try {
            return core.minutes().minutes(actor, meetingId);
        } catch (NotFoundException noDraftYet) {
            return null;
        }
    }

    private void saveMinutes(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        String back = "/meetings/" + meetingId + "#minutes";
        pages.submit(ctx, back, form -> {
            core.minutes().saveDraft(actor(ctx), meetingId, form.rawText("body"));
            return new Pages.Done(back, "flash.minutesSaved");
        });
    }

    private void approveMinutes(Context ctx) {
        long meetingId = Requests.id(ctx, "meetingId");
        String back = "/meetings/" + meetingId + "#minutes";
        pages.submit(ctx, back, form -> {
            Minutes minutes = core.minutes().approve(actor(ctx), meetingId, form.id("sideId"), form.number("revision"));
            return new Pages.Done(
                    back, minutes.approvedAt() != null ? "flash.minutesApproved" : "flash.minutesApprovedBySide");
        });
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
