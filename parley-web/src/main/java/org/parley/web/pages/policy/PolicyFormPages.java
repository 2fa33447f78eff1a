package org.parley.web.pages.policy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.ParleyCore;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.policy.DigestDraft;
import org.parley.core.policy.DigestOffers;
import org.parley.core.policy.NewPolicyUpdate;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.parley.core.system.ValidationException.FieldError;
import org.parley.web.RouteModule;
import org.parley.web.pages.Form;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.system.Requests;

/**
 * Posting a policy update, correcting and withdrawing one. A refused form comes back (422) with the
 * values as typed and each problem next to its field; a new update may start from the draft of a
 * list digest. Thread-safe.
 */
public final class PolicyFormPages implements RouteModule {

    /** HTTP status of a form sent back for correction. */
    static final int UNPROCESSABLE = 422;

    private final ParleyCore core;
    private final DigestOffers offers;
    private final Pages pages;

    public PolicyFormPages(ParleyCore core, DigestOffers offers, Pages pages) {
        this.core = core;
        this.offers = offers;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/groups/{groupId}/policy-updates/new", this::newForm, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/policy-updates", this::post, PageAccess.SIGNED_IN);
        routes.get("/policy-updates/{updateId}/edit", this::editForm, PageAccess.SIGNED_IN);
        routes.post("/policy-updates/{updateId}", this::save, PageAccess.SIGNED_IN);
        routes.post("/policy-updates/{updateId}/withdraw", this::withdraw, PageAccess.SIGNED_IN);
    }

    private void newForm(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        // Only the group's members post updates: nobody else (not even an administrator) is offered a
        // form the platform would refuse.
        if (!core.groups().roles(actor(ctx), groupId).isMember()) {
            throw new ForbiddenException("only members of group " + groupId + " post policy updates");
        }
        String listCode = ctx.queryParam("fromDigest");
        PolicyFormValues values = listCode == null
                ? PolicyFormValues.blank(pages.viewer(ctx).language().tag())
                : PolicyFormValues.of(draft(actor(ctx), groupId, listCode));
        render(ctx, groupId, values, List.of(), null);
    }

    private void post(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        PolicyFormValues values = PolicyFormValues.from(new Form(ctx));
        List<FieldError> problems = new ArrayList<>();
        NewPolicyUpdate update = values.toUpdate(problems);
        problems.addAll(core.policyUpdates().problems(update));
        if (problems.isEmpty()) {
            try {
                PolicyUpdate posted = core.policyUpdates().post(actor(ctx), groupId, update);
                done(ctx, posted, "policy.flash.posted");
                return;
            } catch (ValidationException e) {
                problems.addAll(e.errors());
            }
        }
        ctx.status(UNPROCESSABLE);
        render(ctx, groupId, values, problems, null);
    }

    private void editForm(Context ctx) {
        PolicyUpdate update = changeable(ctx);
        render(ctx, update.groupId(), PolicyFormValues.of(update), List.of(), update.id());
    }

    private void save(Context ctx) {
        PolicyUpdate update = changeable(ctx);
        PolicyFormValues values = PolicyFormValues.from(new Form(ctx));
        List<FieldError> problems = new ArrayList<>();
        NewPolicyUpdate corrected = values.toUpdate(problems);
        problems.addAll(core.policyUpdates().problems(corrected));
        if (problems.isEmpty()) {
            done(ctx, core.policyUpdates().edit(actor(ctx), update.id(), corrected), "policy.flash.edited");
            return;
        }
        ctx.status(UNPROCESSABLE);
        render(ctx, update.groupId(), values, problems, update.id());
    }

    private void withdraw(Context ctx) {
        long updateId = Requests.id(ctx, "updateId");
        PolicyUpdate update = core.policyUpdates().update(actor(ctx), updateId);
        String feed = feedPath(update.groupId());
        pages.submit(ctx, feed, form -> {
            core.policyUpdates().withdraw(actor(ctx), updateId, form.text("reason"));
            return new Pages.Done(feed + "#update-" + updateId, "policy.flash.withdrawn");
        });
    }

    /** The update named in the path, provided the viewer may correct it (403 otherwise, 409 once withdrawn). */
    private PolicyUpdate changeable(Context ctx) {
        Actor actor = actor(ctx);
        PolicyUpdate update = core.policyUpdates().update(actor, Requests.id(ctx, "updateId"));
        if (!core.policyUpdates().mayChange(actor, update)) {
            throw new ForbiddenException("only members of the side that posted an update correct it");
        }
        if (update.withdrawn()) {
            throw new ConflictException("the update was withdrawn");
        }
        return update;
    }

    private NewPolicyUpdate draft(Actor actor, long groupId, String listCode) {
        return offers.offer(actor, groupId).stream()
                .flatMap(offer -> offer.drafts().stream())
                .filter(draft -> draft.listCode().equals(listCode))
                .map(DigestDraft::draft)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("draft of the latest list digest for list", listCode));
    }

    private void render(Context ctx, long groupId, PolicyFormValues values, List<FieldError> problems, Long updateId) {
        Actor actor = actor(ctx);
        Group group = core.groups().group(actor, groupId);
        var ownSides = core.groups().roles(actor, groupId).sides();
        List<Side> sides = core.groups().sides(actor, groupId).stream()
                .filter(side -> ownSides.contains(side.id()))
                .toList();
        String action = updateId == null ? "/groups/" + groupId + "/policy-updates" : "/policy-updates/" + updateId;
        var view = new PolicyFormView(group, values, FieldProblem.byField(problems), action, updateId, sides);
        pages.render(
                ctx,
                "policy/form.jte",
                view,
                updateId == null ? "policy.new.title" : "policy.edit.title",
                group.name());
    }

    private void done(Context ctx, PolicyUpdate update, String messageKey) {
        pages.done(ctx, new Pages.Done(feedPath(update.groupId()) + "#update-" + update.id(), messageKey));
    }

    private static String feedPath(long groupId) {
        return "/groups/" + groupId + "/policy-updates";
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
