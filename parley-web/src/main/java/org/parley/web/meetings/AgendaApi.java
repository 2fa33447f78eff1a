package org.parley.web.meetings;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * A meeting's agenda (shared items and each side's private caucus items, shown only to that side)
 * and its attendance. Thread-safe.
 */
public final class AgendaApi implements RouteModule {

    private final AgendaService agenda;

    public AgendaApi(AgendaService agenda) {
        this.agenda = agenda;
    }

    /** Body of {@code POST .../agenda}; with {@code caucusSideId} the item is that side's caucus item. */
    public record NewItem(String title, Long caucusSideId) {}

    /** Body of {@code PUT .../attendance/{memberId}}. */
    public record AttendanceRecord(AttendanceStatus status) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/meetings/{meetingId}/agenda",
                ctx -> ctx.json(agenda.agenda(actor(ctx), Requests.id(ctx, "meetingId"))));
        routes.post("/api/v1/meetings/{meetingId}/agenda", this::addItem);
        routes.get(
                "/api/v1/meetings/{meetingId}/attendance",
                ctx -> ctx.json(agenda.attendance(actor(ctx), Requests.id(ctx, "meetingId"))));
        routes.put("/api/v1/meetings/{meetingId}/attendance/{memberId}", this::recordAttendance);
    }

    private void addItem(Context ctx) {
        NewItem item = Requests.body(ctx, NewItem.class);
        ctx.status(201)
                .json(agenda.addItem(actor(ctx), Requests.id(ctx, "meetingId"), item.title(), item.caucusSideId()));
    }

    private void recordAttendance(Context ctx) {
        AttendanceStatus status = Requests.body(ctx, AttendanceRecord.class).status();
        ctx.json(agenda.recordAttendance(
                actor(ctx), Requests.id(ctx, "meetingId"), Requests.id(ctx, "memberId"), status));
    }
}
