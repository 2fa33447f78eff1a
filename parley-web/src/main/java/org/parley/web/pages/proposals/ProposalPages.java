package org.parley.web.pages.proposals;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.audit.AuditEvent;
import org.parley.core.groups.Side;
import org.parley.core.proposals.Proposal;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.pages.FormState;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.People;
import org.parley.web.system.Json;
import org.parley.web.system.Requests;
import tools.jackson.databind.JsonNode;

/** A proposal's page; endorsing or rejecting it for a side; commenting; writing a new version. Thread-safe. */
public final class ProposalPages implements RouteModule {

    /** Audit actions the history names; others show as a generic change. */
    private static final Set<String> KNOWN_EVENTS = Set.of(
            "proposal.drafted",
            "proposal.revised",
            "proposal.status-changed",
            "proposal.endorsed",
            "proposal.rejected",
            "proposal.commented");

    private final ParleyCore core;
    private final Pages pages;

    public ProposalPages(ParleyCore core, Pages pages) {
        this.core = core;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/proposals/{proposalId}", this::proposal, PageAccess.SIGNED_IN);
        routes.post("/proposals/{proposalId}/endorsement", this::endorse, PageAccess.SIGNED_IN);
        routes.post("/proposals/{proposalId}/rejection", this::reject, PageAccess.SIGNED_IN);
        routes.post("/proposals/{proposalId}/comments", this::comment, PageAccess.SIGNED_IN);
        routes.post("/proposals/{proposalId}/versions", this::revise, PageAccess.SIGNED_IN);
    }

    private void proposal(Context ctx) {
        show(ctx, Requests.id(ctx, "proposalId"), FormState.NONE);
    }

    /** Shows the proposal's page, with the revision form open and its problems marked when it was sent back. */
    private void show(Context ctx, long proposalId, FormState form) {
        Actor actor = actor(ctx);
        Proposal proposal = core.proposals().proposal(actor, proposalId);
        List<Side> sides = core.groups().sides(actor, proposal.groupId());
        Map<Long, String> sideNames = sides.stream().collect(Collectors.toMap(Side::id, Side::name));
        People people = new People(core.accounts());
        var view = new ProposalView(
                proposal,
                core.groups().group(actor, proposal.groupId()),
                sides,
                ProposalView.Text.ordered(proposal),
                core.proposals().comments(actor, proposalId).stream()
                        .map(comment -> new ProposalView.CommentLine(
                                people.name(comment.authorId()),
                                comment.version(),
                                comment.body(),
                                comment.createdAt()))
                        .toList(),
                core.proposals().history(actor, proposalId).stream()
                        .map(event -> historyLine(event, people, sideNames))
                        .toList(),
                core.groups().roles(actor, proposal.groupId()),
                form);
        pages.render(ctx, "proposals/proposal.jte", view, "proposal.pageTitle", proposal.title());
    }

    private static ProposalView.HistoryLine historyLine(AuditEvent event, People people, Map<Long, String> sideNames) {
        JsonNode details = Json.MAPPER.readTree(event.details());
        String side = details.has("sideId")
                ? sideNames.getOrDefault(details.get("sideId").asLong(), "")
                : "";
        Integer version = details.has("version") ? details.get("version").asInt() : null;
        String key = KNOWN_EVENTS.contains(event.action()) ? "history." + event.action() : "history.other";
        return new ProposalView.HistoryLine(
                event.occurredAt(),
                people.nameOfLabel(event.actor()),
                key,
                side,
                version,
                details.has("to") ? details.path("from").asString(null) : null,
                details.has("to") ? details.get("to").asString(null) : null,
                details.path("reason").asString(""));
    }

    private void endorse(Context ctx) {
        long proposalId = Requests.id(ctx, "proposalId");
        String back = "/proposals/" + proposalId + "#endorsements";
        pages.submit(ctx, back, form -> {
            core.endorsements().endorse(actor(ctx), proposalId, form.id("sideId"), form.number("version"));
            return new Pages.Done(back, "flash.proposalEndorsed");
        });
    }

    private void reject(Context ctx) {
        long proposalId = Requests.id(ctx, "proposalId");
        String back = "/proposals/" + proposalId + "#endorsements";
        pages.submit(ctx, back, form -> {
            core.endorsements()
                    .reject(actor(ctx), proposalId, form.id("sideId"), form.number("version"), form.text("reason"));
            return new Pages.Done(back, "flash.proposalRejected");
        });
    }

    private void comment(Context ctx) {
        long proposalId = Requests.id(ctx, "proposalId");
        String back = "/proposals/" + proposalId + "#comments";
        pages.submit(ctx, back, form -> {
            core.proposals().comment(actor(ctx), proposalId, form.rawText("body"));
            return new Pages.Done(back, "flash.commentAdded");
        });
    }

    private void revise(Context ctx) {
        long proposalId = Requests.id(ctx, "proposalId");
        String back = "/proposals/" + proposalId;
        pages.submit(
                ctx,
                back + "#revise",
                ProposalView.REVISION_FORM,
                form -> {
                    core.proposals()
                            .revise(
                                    actor(ctx),
                                    proposalId,
                                    ProposalTexts.from(form),
                                    form.text("authoritativeLanguage"));
                    return new Pages.Done(back, "flash.proposalRevised");
                },
                state -> show(ctx, proposalId, state));
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
