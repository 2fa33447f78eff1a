package org.parley.web.groups;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.parley.core.groups.GroupService;
import org.parley.core.groups.MilestoneStatus;
import org.parley.core.groups.NewGroup;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/** Groups with their charter, sides and seat caps, goals and milestones. Thread-safe. */
public final class GroupApi implements RouteModule {

    private final GroupService groups;

    public GroupApi(GroupService groups) {
        this.groups = groups;
    }

    /** Body of {@code PUT .../charter}. */
    public record CharterText(String charter) {}

    /** Body of {@code PUT /api/v1/sides/{sideId}/cap}. */
    public record MemberCap(int memberCap) {}

    /** Body of {@code POST .../goals}. */
    public record NewGoal(String title, String description) {}

    /** Body of {@code POST .../milestones}; {@code goalId} may be null. */
    public record NewMilestone(Long goalId, String title, LocalDate dueDate) {}

    /** Body of {@code PUT /api/v1/milestones/{milestoneId}/status}. */
    public record MilestoneProgress(MilestoneStatus status) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/groups", ctx -> ctx.json(groups.groupsOf(actor(ctx))));
        routes.post("/api/v1/groups", this::create);
        routes.get("/api/v1/groups/{groupId}", ctx -> ctx.json(groups.group(actor(ctx), groupId(ctx))));
        routes.put("/api/v1/groups/{groupId}/charter", this::updateCharter);
        routes.get("/api/v1/groups/{groupId}/sides", ctx -> ctx.json(groups.sides(actor(ctx), groupId(ctx))));
        routes.put("/api/v1/sides/{sideId}/cap", this::changeCap);
        routes.get("/api/v1/groups/{groupId}/goals", ctx -> ctx.json(groups.goals(actor(ctx), groupId(ctx))));
        routes.post("/api/v1/groups/{groupId}/goals", this::addGoal);
        routes.get("/api/v1/groups/{groupId}/milestones", ctx -> ctx.json(groups.milestones(actor(ctx), groupId(ctx))));
        routes.post("/api/v1/groups/{groupId}/milestones", this::addMilestone);
        routes.put("/api/v1/milestones/{milestoneId}/status", this::changeMilestoneStatus);
    }

    private void create(Context ctx) {
        ctx.status(201).json(groups.createGroup(actor(ctx), Requests.body(ctx, NewGroup.class)));
    }

    private void updateCharter(Context ctx) {
        long groupId = groupId(ctx);
        groups.updateCharter(
                actor(ctx), groupId, Requests.body(ctx, CharterText.class).charter());
        ctx.json(groups.group(actor(ctx), groupId));
    }

    private void changeCap(Context ctx) {
        int cap = Requests.body(ctx, MemberCap.class).memberCap();
        ctx.json(groups.changeMemberCap(actor(ctx), Requests.id(ctx, "sideId"), cap));
    }

    private void addGoal(Context ctx) {
        NewGoal goal = Requests.body(ctx, NewGoal.class);
        ctx.status(201).json(groups.addGoal(actor(ctx), groupId(ctx), goal.title(), goal.description()));
    }

    private void addMilestone(Context ctx) {
        NewMilestone milestone = Requests.body(ctx, NewMilestone.class);
        ctx.status(201)
                .json(groups.addMilestone(
                        actor(ctx), groupId(ctx), milestone.goalId(), milestone.title(), milestone.dueDate()));
    }

    private void changeMilestoneStatus(Context ctx) {
        MilestoneStatus status = Requests.body(ctx, MilestoneProgress.class).status();
        ctx.json(groups.changeMilestoneStatus(actor(ctx), Requests.id(ctx, "milestoneId"), status));
    }

    private static long groupId(Context ctx) {
        return Requests.id(ctx, "groupId");
    }
}
