package org.parley.web.proposals;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.parley.core.proposals.EndorsementService;
import org.parley.core.proposals.ProposalService;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Proposals: bilingual drafts with an authoritative language, new versions, submission, endorsement
 * or rejection by each side's leaders, withdrawal and comments. Thread-safe.
 */
public final class ProposalApi implements RouteModule {

    private final ProposalService proposals;
    private final EndorsementService endorsements;

    public ProposalApi(ProposalService proposals, EndorsementService endorsements) {
        this.proposals = proposals;
        this.endorsements = endorsements;
    }

    /** Body of {@code POST /api/v1/groups/{groupId}/proposals}: texts by language tag. */
    public record NewProposal(String title, Map<String, String> texts, String authoritativeLanguage) {}

    /** Body of {@code POST .../versions}. */
    public record NewVersion(Map<String, String> texts, String authoritativeLanguage) {}

    /** Body of {@code POST .../endorsements} and {@code .../rejections} (which need a reason). */
    public record SideDecision(Long sideId, Integer version, String reason) {
        public SideDecision {
            new FieldChecks()
                    .present("sideId", sideId)
                    .present("version", version)
                    .orThrow();
        }
    }

    /** Body of {@code POST .../withdrawal}. */
    public record Withdrawal(String reason) {}

    /** Body of {@code POST .../comments}. */
    public record NewComment(String body) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/proposals",
                ctx -> ctx.json(proposals.proposals(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/groups/{groupId}/proposals", this::draft);
        routes.get("/api/v1/proposals/{proposalId}", ctx -> ctx.json(proposals.proposal(actor(ctx), proposalId(ctx))));
        routes.post("/api/v1/proposals/{proposalId}/versions", this::revise);
        routes.get(
                "/api/v1/proposals/{proposalId}/versions/{version}",
                ctx -> ctx.json(proposals.texts(actor(ctx), proposalId(ctx), version(ctx))));
        routes.post(
                "/api/v1/proposals/{proposalId}/submission",
                ctx -> ctx.json(proposals.submit(actor(ctx), proposalId(ctx))));
        routes.post("/api/v1/proposals/{proposalId}/withdrawal", this::withdraw);
        routes.post("/api/v1/proposals/{proposalId}/endorsements", this::endorse);
        routes.post("/api/v1/proposals/{proposalId}/rejections", this::reject);
        routes.get(
                "/api/v1/proposals/{proposalId}/comments",
                ctx -> ctx.json(proposals.comments(actor(ctx), proposalId(ctx))));
        routes.post("/api/v1/proposals/{proposalId}/comments", this::comment);
    }

    private void draft(Context ctx) {
        NewProposal proposal = Requests.body(ctx, NewProposal.class);
        ctx.status(201)
                .json(proposals.draft(
                        actor(ctx),
                        Requests.id(ctx, "groupId"),
                        proposal.title(),
                        proposal.texts(),
                        proposal.authoritativeLanguage()));
    }

    private void revise(Context ctx) {
        NewVersion version = Requests.body(ctx, NewVersion.class);
        ctx.status(201)
                .json(proposals.revise(actor(ctx), proposalId(ctx), version.texts(), version.authoritativeLanguage()));
    }

    private void withdraw(Context ctx) {
        String reason = Requests.body(ctx, Withdrawal.class).reason();
        ctx.json(proposals.withdraw(actor(ctx), proposalId(ctx), reason));
    }

    private void endorse(Context ctx) {
        SideDecision decision = Requests.body(ctx, SideDecision.class);
        ctx.json(endorsements.endorse(actor(ctx), proposalId(ctx), decision.sideId(), decision.version()));
    }

    private void reject(Context ctx) {
        SideDecision decision = Requests.body(ctx, SideDecision.class);
        ctx.json(endorsements.reject(
                actor(ctx), proposalId(ctx), decision.sideId(), decision.version(), decision.reason()));
    }

    private void comment(Context ctx) {
        String body = Requests.body(ctx, NewComment.class).body();
        ctx.status(201).json(proposals.comment(actor(ctx), proposalId(ctx), body));
    }

    private static long proposalId(Context ctx) {
        return Requests.id(ctx, "proposalId");
    }

    private static int version(Context ctx) {
        return Requests.number(ctx, "version");
    }
}
