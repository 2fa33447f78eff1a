package org.parley.web.pages.groups;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parley.core.ParleyCore;
import org.parley.core.channels.Channel;
import org.parley.core.groups.MilestoneStatus;
import org.parley.core.proposals.Proposal;
import org.parley.core.system.Actor;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.pages.Form;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.proposals.ProposalTexts;
import org.parley.web.system.Requests;

/**
 * The forms of a group's page that start its work: drafting a proposal, opening a channel, adding
 * goals and milestones and moving a milestone on. Bad input shows the group page again with the
 * problems next to the fields; the platform decides who may. Thread-safe.
 */
public final class GroupFormPages implements RouteModule {

    private final ParleyCore core;
    private final GroupPages groupPages;
    private final Pages pages;

    public GroupFormPages(ParleyCore core, GroupPages groupPages, Pages pages) {
        this.core = core;
        this.groupPages = groupPages;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/groups/{groupId}/proposals", this::draftProposal, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/channels", this::openChannel, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/goals", this::addGoal, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/milestones", this::addMilestone, PageAccess.SIGNED_IN);
        routes.post("/groups/{groupId}/milestones/{milestoneId}/status", this::changeMilestone, PageAccess.SIGNED_IN);
    }

    private void draftProposal(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        submit(ctx, groupId, "#proposals", "proposal", form -> {
            Proposal proposal = core.proposals()
                    .draft(
                            actor(ctx),
                            groupId,
                            form.text("title"),
                            ProposalTexts.from(form),
                            form.text("authoritativeLanguage"));
            return new Pages.Done("/proposals/" + proposal.id(), "flash.proposalDrafted");
        });
    }

    private void openChannel(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        submit(ctx, groupId, "#channels", "channel", form -> {
            Channel channel = core.channels().open(actor(ctx), groupId, form.text("name"), sideIds(form));
            return new Pages.Done("/channels/" + channel.id(), "flash.channelOpened");
        });
    }

    private void addGoal(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        submit(ctx, groupId, "#milestones", "goal", form -> {
            core.groups().addGoal(actor(ctx), groupId, form.text("title"), form.rawText("description"));
            return new Pages.Done("/groups/" + groupId + "#milestones", "flash.goalAdded");
        });
    }

    private void addMilestone(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        submit(ctx, groupId, "#milestones", "milestone", form -> {
            Long goalId = form.text("goalId") == null ? null : form.id("goalId");
            core.groups().addMilestone(actor(ctx), groupId, goalId, form.text("title"), form.date("dueDate"));
            return new Pages.Done("/groups/" + groupId + "#milestones", "flash.milestoneAdded");
        });
    }

    private void changeMilestone(Context ctx) {
        long groupId = Requests.id(ctx, "groupId");
        long milestoneId = Requests.id(ctx, "milestoneId");
        submit(ctx, groupId, "#milestones", "milestone-" + milestoneId, form -> {
            core.groups()
                    .changeMilestoneStatus(
                            actor(ctx), milestoneId, form.requiredChoice("status", MilestoneStatus.class));
            return new Pages.Done("/groups/" + groupId + "#milestones", "flash.milestoneStatusChanged");
        });
    }

    /** Runs one of the group page's forms; bad input shows the group page again with that form's problems. */
    private void submit(Context ctx, long groupId, String anchor, String formName, Pages.FormAction action) {
        pages.submit(
                ctx, "/groups/" + groupId + anchor, formName, action, state -> groupPages.show(ctx, groupId, state));
    }

    /** The sides ticked in the channel form. */
    private static Set<Long> sideIds(Form form) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : form.texts("sideIds")) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw ValidationException.of("sideIds", "is not a whole number: " + value);
            }
        }
        return ids;
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
