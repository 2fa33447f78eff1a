package org.parley.web.meetings;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.meetings.MinutesService;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * A meeting's minutes: drafting and revising, and approval of one revision by each side's co-chair
 * (the minutes are approved once every side has approved the same revision). Thread-safe.
 */
public final class MinutesApi implements RouteModule {

    private final MinutesService minutes;

    public MinutesApi(MinutesService minutes) {
        this.minutes = minutes;
    }

    /** Body of {@code PUT .../minutes}. */
    public record Draft(String body) {}

    /** Body of {@code POST .../minutes/approvals}: naming the revision guards against approving a newer text. */
    public record Approval(Long sideId, Integer revision) {
        public Approval {
            new FieldChecks()
                    .present("sideId", sideId)
                    .present("revision", revision)
                    .orThrow();
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/meetings/{meetingId}/minutes",
                ctx -> ctx.json(minutes.minutes(actor(ctx), Requests.id(ctx, "meetingId"))));
        routes.put("/api/v1/meetings/{meetingId}/minutes", this::saveDraft);
        routes.post("/api/v1/meetings/{meetingId}/minutes/approvals", this::approve);
    }

    private void saveDraft(Context ctx) {
        String body = Requests.body(ctx, Draft.class).body();
        ctx.json(minutes.saveDraft(actor(ctx), Requests.id(ctx, "meetingId"), body));
    }

    private void approve(Context ctx) {
        Approval approval = Requests.body(ctx, Approval.class);
        ctx.json(minutes.approve(actor(ctx), Requests.id(ctx, "meetingId"), approval.sideId(), approval.revision()));
    }
}
