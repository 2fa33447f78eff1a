package org.parley.web.members;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.members.ScreeningReviewService;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Compliance reviews of memberships held by screening: the group's compliance officers list them and
 * confirm (the member is the listed party) or dismiss (another party) with a reason; members are
 * re-screened after list updates. Thread-safe.
 */
public final class ReviewApi implements RouteModule {

    private final ScreeningReviewService reviews;

    public ReviewApi(ScreeningReviewService reviews) {
        this.reviews = reviews;
    }

    /** Body of a confirmation or dismissal; a dismissal needs a reason. */
    public record Decision(String reason) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/reviews",
                ctx -> ctx.json(reviews.openReviews(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.get(
                "/api/v1/reviews/{reviewId}",
                ctx -> ctx.json(reviews.review(actor(ctx), Requests.id(ctx, "reviewId"))));
        routes.post("/api/v1/reviews/{reviewId}/confirmation", this::confirm);
        routes.post("/api/v1/reviews/{reviewId}/dismissal", this::dismiss);
        routes.post(
                "/api/v1/members/{memberId}/rescreening",
                ctx -> ctx.json(reviews.rescreen(actor(ctx), Requests.id(ctx, "memberId"))));
    }

    private void confirm(Context ctx) {
        String reason = Requests.body(ctx, Decision.class).reason();
        ctx.json(reviews.confirm(actor(ctx), Requests.id(ctx, "reviewId"), reason));
    }

    private void dismiss(Context ctx) {
        String reason = Requests.body(ctx, Decision.class).reason();
        ctx.json(reviews.dismiss(actor(ctx), Requests.id(ctx, "reviewId"), reason));
    }
}
