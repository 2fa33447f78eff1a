package org.parley.web.policy;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.core.groups.GroupService;
import org.parley.core.groups.Side;
import org.parley.core.policy.NewPolicyUpdate;
import org.parley.core.policy.PolicyAgendaService;
import org.parley.core.policy.PolicyAttachments;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.policy.PolicyUpdateService;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Policy updates: posting, correcting and withdrawing, attached documents, the filtered per-group feed as
 * JSON and as Atom, and their place on meeting agendas. Thread-safe.
 */
public final class PolicyUpdateApi implements RouteModule {

    private final PolicyUpdateService updates;
    private final PolicyAgendaService agenda;
    private final PolicyAttachments attachments;
    private final GroupService groups;
    private final Clock clock;

    public PolicyUpdateApi(
            PolicyUpdateService updates,
            PolicyAgendaService agenda,
            PolicyAttachments attachments,
            GroupService groups,
            Clock clock) {
        this.updates = updates;
        this.agenda = agenda;
        this.attachments = attachments;
        this.groups = groups;
        this.clock = clock;
    }

    /** Body of {@code POST /api/v1/agenda-items/{agendaItemId}/policy-updates}. */
    public record AgendaLink(Long updateId) {
        public AgendaLink {
            new FieldChecks().present("updateId", updateId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/policy-updates/{updateId}/attachments}. */
    public record Attachment(Long documentId) {
        public Attachment {
            new FieldChecks().present("documentId", documentId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/policy-updates/{updateId}/withdrawal}. */
    public record Withdrawal(String reason) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/policy-updates",
                ctx -> ctx.json(updates.updates(actor(ctx), groupId(ctx), PolicyFilterParameters.of(ctx))));
        routes.post("/api/v1/groups/{groupId}/policy-updates", this::post);
        routes.get("/api/v1/groups/{groupId}/policy-updates.atom", this::atom);
        routes.get(
                "/api/v1/policy-updates/{updateId}",
                ctx -> ctx.json(updates.update(actor(ctx), Requests.id(ctx, "updateId"))));
        routes.put(
                "/api/v1/policy-updates/{updateId}",
                ctx -> ctx.json(updates.edit(
                        actor(ctx), Requests.id(ctx, "updateId"), Requests.body(ctx, NewPolicyUpdate.class))));
        routes.post(
                "/api/v1/policy-updates/{updateId}/withdrawal",
                ctx -> ctx.json(updates.withdraw(
                        actor(ctx),
                        Requests.id(ctx, "updateId"),
                        Requests.body(ctx, Withdrawal.class).reason())));
        routes.get(
                "/api/v1/policy-updates/{updateId}/attachments",
                ctx -> ctx.json(attachments.attachments(actor(ctx), Requests.id(ctx, "updateId"))));
        routes.post(
                "/api/v1/policy-updates/{updateId}/attachments",
                ctx -> ctx.status(201)
                        .json(attachments.attach(
                                actor(ctx),
                                Requests.id(ctx, "updateId"),
                                Requests.body(ctx, Attachment.class).documentId())));
        routes.delete("/api/v1/policy-updates/{updateId}/attachments/{documentId}", ctx -> {
            attachments.detach(actor(ctx), Requests.id(ctx, "updateId"), Requests.id(ctx, "documentId"));
            ctx.status(204);
        });
        routes.post("/api/v1/agenda-items/{agendaItemId}/policy-updates", this::link);
        routes.delete("/api/v1/agenda-items/{agendaItemId}/policy-updates/{updateId}", this::unlink);
        routes.get(
                "/api/v1/meetings/{meetingId}/policy-updates",
                ctx -> ctx.json(agenda.forMeeting(actor(ctx), Requests.id(ctx, "meetingId"))));
    }

    private void post(Context ctx) {
        NewPolicyUpdate update = Requests.body(ctx, NewPolicyUpdate.class);
        ctx.status(201).json(updates.post(actor(ctx), groupId(ctx), update));
    }

    private void atom(Context ctx) {
        Actor actor = actor(ctx);
        long groupId = groupId(ctx);
        List<PolicyUpdate> feed = updates.updates(actor, groupId, PolicyFilterParameters.of(ctx));
        Map<Long, String> sides = groups.sides(actor, groupId).stream().collect(Collectors.toMap(Side::id, Side::name));
        Instant updated =
                feed.stream().map(AtomFeed::lastChange).max(Instant::compareTo).orElseGet(clock::instant);
        String baseUrl = ctx.scheme() + "://" + ctx.host();
        ctx.contentType(AtomFeed.CONTENT_TYPE)
                .result(AtomFeed.write(baseUrl, groups.group(actor, groupId), sides, feed, updated));
    }

    private void link(Context ctx) {
        AgendaLink link = Requests.body(ctx, AgendaLink.class);
        ctx.status(201).json(agenda.link(actor(ctx), Requests.id(ctx, "agendaItemId"), link.updateId()));
    }

    private void unlink(Context ctx) {
        agenda.unlink(actor(ctx), Requests.id(ctx, "agendaItemId"), Requests.id(ctx, "updateId"));
        ctx.status(204);
    }

    private static long groupId(Context ctx) {
        return Requests.id(ctx, "groupId");
    }
}
