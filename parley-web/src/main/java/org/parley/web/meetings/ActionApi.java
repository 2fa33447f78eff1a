package org.parley.web.meetings;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.parley.core.actions.ActionService;
import org.parley.core.actions.ActionStatus;
import org.parley.core.actions.ImplementationStatus;
import org.parley.core.actions.OutcomeService;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * What meetings produce: action items owned by members, and outcomes whose implementation each side
 * reports on; both keep a history of progress reports. Thread-safe.
 */
public final class ActionApi implements RouteModule {

    private final ActionService actions;
    private final OutcomeService outcomes;

    public ActionApi(ActionService actions, OutcomeService outcomes) {
        this.actions = actions;
        this.outcomes = outcomes;
    }

    /** Body of {@code POST /api/v1/actions}: the owner's group and side are the item's; {@code meetingId} may be null. */
    public record NewAction(Long ownerMemberId, Long meetingId, String title, LocalDate dueDate) {
        public NewAction {
            new FieldChecks().present("ownerMemberId", ownerMemberId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/actions/{actionId}/reports}. */
    public record ActionReport(ActionStatus status, Long meetingId, String note) {}

    /** Body of {@code POST /api/v1/groups/{groupId}/outcomes}. */
    public record NewOutcome(Long meetingId, String text) {
        public NewOutcome {
            new FieldChecks().present("meetingId", meetingId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/outcomes/{outcomeId}/reports}. */
    public record OutcomeReport(Long sideId, ImplementationStatus status, Long meetingId, String note) {
        public OutcomeReport {
            new FieldChecks().present("sideId", sideId).orThrow();
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/actions",
                ctx -> ctx.json(actions.openItems(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/actions", this::createAction);
        routes.get(
                "/api/v1/actions/{actionId}/reports",
                ctx -> ctx.json(actions.history(actor(ctx), Requests.id(ctx, "actionId"))));
        routes.post("/api/v1/actions/{actionId}/reports", this::reportAction);
        routes.get(
                "/api/v1/groups/{groupId}/outcomes",
                ctx -> ctx.json(outcomes.outcomes(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/groups/{groupId}/outcomes", this::recordOutcome);
        routes.get(
                "/api/v1/outcomes/{outcomeId}/reports",
                ctx -> ctx.json(outcomes.history(actor(ctx), Requests.id(ctx, "outcomeId"))));
        routes.post("/api/v1/outcomes/{outcomeId}/reports", this::reportOutcome);
    }

    private void createAction(Context ctx) {
        NewAction action = Requests.body(ctx, NewAction.class);
        ctx.status(201)
                .json(actions.create(
                        actor(ctx), action.ownerMemberId(), action.meetingId(), action.title(), action.dueDate()));
    }

    private void reportAction(Context ctx) {
        ActionReport report = Requests.body(ctx, ActionReport.class);
        ctx.json(actions.report(
                actor(ctx), Requests.id(ctx, "actionId"), report.status(), report.meetingId(), report.note()));
    }

    private void recordOutcome(Context ctx) {
        NewOutcome outcome = Requests.body(ctx, NewOutcome.class);
        ctx.status(201)
                .json(outcomes.record(actor(ctx), Requests.id(ctx, "groupId"), outcome.meetingId(), outcome.text()));
    }

    private void reportOutcome(Context ctx) {
        OutcomeReport report = Requests.body(ctx, OutcomeReport.class);
        ctx.json(outcomes.reportProgress(
                actor(ctx),
                Requests.id(ctx, "outcomeId"),
                report.sideId(),
                report.status(),
                report.meetingId(),
                report.note()));
    }
}
