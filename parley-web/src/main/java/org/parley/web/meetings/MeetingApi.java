package org.parley.web.meetings;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.MeetingStatus;
import org.parley.core.meetings.NewSeries;
import org.parley.core.meetings.Venue;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Meetings: one-off meetings and series (each occurrence its own record in its venue's time zone),
 * moving one meeting, and its status. Thread-safe.
 */
public final class MeetingApi implements RouteModule {

    private final MeetingService meetings;

    public MeetingApi(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** Body of {@code POST /api/v1/groups/{groupId}/meetings}: the start is the venue's wall-clock time. */
    public record NewMeeting(String title, LocalDateTime startsAtLocal, int durationMinutes, Venue venue) {}

    /** Body of {@code PUT /api/v1/meetings/{meetingId}/schedule}. */
    public record Move(LocalDateTime startsAtLocal, Venue venue) {}

    /** Body of {@code PUT /api/v1/meetings/{meetingId}/status}. */
    public record StatusChange(MeetingStatus status) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/meetings",
                ctx -> ctx.json(meetings.meetings(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/groups/{groupId}/meetings", this::schedule);
        routes.post("/api/v1/groups/{groupId}/series", this::createSeries);
        routes.get(
                "/api/v1/meetings/{meetingId}",
                ctx -> ctx.json(meetings.meeting(actor(ctx), Requests.id(ctx, "meetingId"))));
        routes.put("/api/v1/meetings/{meetingId}/schedule", this::move);
        routes.put("/api/v1/meetings/{meetingId}/status", this::changeStatus);
    }

    private void schedule(Context ctx) {
        NewMeeting meeting = Requests.body(ctx, NewMeeting.class);
        ctx.status(201)
                .json(meetings.schedule(
                        actor(ctx),
                        Requests.id(ctx, "groupId"),
                        meeting.title(),
                        meeting.startsAtLocal(),
                        meeting.durationMinutes(),
                        meeting.venue()));
    }

    private void createSeries(Context ctx) {
        NewSeries series = Requests.body(ctx, NewSeries.class);
        ctx.status(201).json(meetings.createSeries(actor(ctx), Requests.id(ctx, "groupId"), series));
    }

    private void move(Context ctx) {
        Move move = Requests.body(ctx, Move.class);
        ctx.json(meetings.move(actor(ctx), Requests.id(ctx, "meetingId"), move.startsAtLocal(), move.venue()));
    }

    private void changeStatus(Context ctx) {
        MeetingStatus status = Requests.body(ctx, StatusChange.class).status();
        new FieldChecks().present("status", status).orThrow();
        ctx.json(meetings.changeStatus(actor(ctx), Requests.id(ctx, "meetingId"), status));
    }
}
