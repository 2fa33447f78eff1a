package org.parley.web.pages.policy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.ParleyCore;
import org.parley.core.access.Roles;
import org.parley.core.groups.Group;
import org.parley.core.policy.PolicyAttachments;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.policy.PolicyFilterParameters;
import org.parley.web.system.Requests;

/**
 * A group's policy-update feed ({@code GET /groups/{groupId}/policy-updates}), filtered by a GET form
 * on every field the API filters on. Only the group's members and administrators see it. Thread-safe.
 */
public final class PolicyFeedPages implements RouteModule {

    /** The filter's query parameters, as the API names them. */
    static final List<String> FILTER_FIELDS = List.of(
            "q",
            "jurisdiction",
            "issuingBody",
            "instrumentType",
            "tag",
            "citation",
            "sideId",
            "publishedFrom",
            "publishedTo",
            "effectiveFrom",
            "effectiveTo");

    private final ParleyCore core;
    private final Pages pages;

    private final PolicyAttachments attachments;

    public PolicyFeedPages(ParleyCore core, PolicyAttachments attachments, Pages pages) {
        this.attachments = attachments;
        this.core = core;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/groups/{groupId}/policy-updates", this::feed, PageAccess.SIGNED_IN);
    }

    private void feed(Context ctx) {
        Actor actor = pages.viewer(ctx).actor();
        long groupId = Requests.id(ctx, "groupId");
        List<PolicyUpdate> updates = core.policyUpdates().updates(actor, groupId, PolicyFilterParameters.of(ctx));
        Group group = core.groups().group(actor, groupId);
        Roles roles = core.groups().roles(actor, groupId);
        Map<String, String> filter = new LinkedHashMap<>();
        for (String field : FILTER_FIELDS) {
            String value = ctx.queryParam(field);
            if (value != null && !value.isBlank()) {
                filter.put(field, value.strip());
            }
        }
        String query = ctx.queryString();
        var view = new PolicyFeedView(
                group,
                filter,
                updates,
                core.groups().sides(actor, groupId),
                "/api/v1/groups/" + groupId + "/policy-updates.atom"
                        + (query == null || query.isEmpty() ? "" : "?" + query),
                roles.isMember(),
                roles.sides(),
                attachments.byUpdate(actor, groupId));
        pages.render(ctx, "policy/feed.jte", view, "policy.feed.title", group.name());
    }
}
