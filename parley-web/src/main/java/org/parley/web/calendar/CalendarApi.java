package org.parley.web.calendar;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.calendar.CalendarSubscriptions;
import org.parley.core.reports.MeetingPacks;
import org.parley.core.system.NotFoundException;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * iCalendar feeds per group and per member, secret subscription links for calendar apps (which cannot sign
 * in), and the meeting pack PDF. Thread-safe.
 */
public final class CalendarApi implements RouteModule {

    private static final String CALENDAR = "text/calendar; charset=UTF-8";

    private final CalendarFeeds feeds;
    private final CalendarSubscriptions links;
    private final MeetingPacks packs;

    public CalendarApi(CalendarFeeds feeds, CalendarSubscriptions links, MeetingPacks packs) {
        this.feeds = feeds;
        this.links = links;
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
        routes.post("/api/v1/members/{memberId}/calendar-link", this::createLink);
        routes.delete("/api/v1/members/{memberId}/calendar-link", ctx -> {
            links.revoke(actor(ctx), Requests.id(ctx, "memberId"));
            ctx.status(204);
        });
        routes.get(SUBSCRIPTION_PATH + "{file}", this::subscription);
        routes.get("/api/v1/meetings/{meetingId}/pack.pdf", this::pack);
    }

    /** Where calendar apps fetch a subscription: outside /api, as they send no credentials but the key. */
    public static final String SUBSCRIPTION_PATH = "/calendar/";

    private void createLink(Context ctx) {
        String key = links.renew(actor(ctx), Requests.id(ctx, "memberId"));
        String path = SUBSCRIPTION_PATH + key + ".ics";
        ctx.status(201).json(new CalendarLink(ctx.scheme() + "://" + ctx.host() + path, path));
    }

    private void subscription(Context ctx) {
        String file = ctx.pathParam("file");
        String key = file.endsWith(".ics") ? file.substring(0, file.length() - ".ics".length()) : "";
        String calendar = links.feed(key).orElseThrow(() -> new NotFoundException("calendar link", "(this link)"));
        ctx.header("Cache-Control", "private, max-age=300")
                .header("Referrer-Policy", "no-referrer")
                .contentType(CALENDAR)
                .result(calendar);
    }

    /** A new secret calendar link, shown once. */
    record CalendarLink(String url, String path) {}

    private void pack(Context ctx) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=meeting-pack.pdf")
                .result(packs.pack(actor(ctx), Requests.id(ctx, "meetingId")));
    }
}
