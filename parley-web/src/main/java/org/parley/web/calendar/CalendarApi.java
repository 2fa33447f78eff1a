package org.parley.web.calendar;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.reports.MeetingPacks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/** iCalendar feeds per group and per member, and the meeting pack PDF. Thread-safe. */
public final class CalendarApi implements RouteModule {

    private static final String CALENDAR = "text/calendar; charset=UTF-8";

    private final CalendarFeeds feeds;
    private final MeetingPacks packs;

    public CalendarApi(CalendarFeeds feeds, MeetingPacks packs) {
        this.feeds = feeds;
        this.packs = packs;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/calendar.ics",
                ctx -> ctx.contentType(CALENDAR).result(feeds.groupFeed(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.get(
                "/api/v1/members/{memberId}/calendar.ics",
                ctx -> ctx.contentType(CALENDAR).result(feeds.memberFeed(actor(ctx), Requests.id(ctx, "memberId"))));
        routes.get("/api/v1/meetings/{meetingId}/pack.pdf", this::pack);
    }

    private void pack(Context ctx) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=meeting-pack.pdf")
                .result(packs.pack(actor(ctx), Requests.id(ctx, "meetingId")));
    }
}
