package org.parley.web.members;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.parley.core.access.Role;
import org.parley.core.members.MemberService;
import org.parley.core.members.NewMember;
import org.parley.core.members.SubstitutionService;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Memberships: adding to a side (screened; a possible match holds the membership for review; a full
 * side answers 409), roles, removal, heads of delegation and substitutions. Thread-safe.
 */
public final class MemberApi implements RouteModule {

    private final MemberService members;
    private final SubstitutionService substitutions;

    public MemberApi(MemberService members, SubstitutionService substitutions) {
        this.members = members;
        this.substitutions = substitutions;
    }

    /** Body of {@code POST /api/v1/sides/{sideId}/members}: the person and their role. */
    public record MemberRequest(
            Long userId,
            String fullName,
            String organisation,
            String email,
            String preferredLanguage,
            String timeZone,
            Role role,
            List<String> nationalities,
            List<String> permanentResidences) {

        NewMember onSide(long sideId) {
            return new NewMember(
                    sideId,
                    userId,
                    fullName,
                    organisation,
                    email,
                    preferredLanguage,
                    timeZone,
                    role,
                    nationalities,
                    permanentResidences);
        }
    }

    /** Body of {@code PUT /api/v1/members/{memberId}/role}. */
    public record RoleChange(Role role) {}

    /** Body of {@code POST /api/v1/members/{memberId}/removal}. */
    public record Removal(String reason) {}

    /** Body of {@code PUT /api/v1/sides/{sideId}/head}. */
    public record HeadAppointment(Long memberId) {
        public HeadAppointment {
            new FieldChecks().present("memberId", memberId).orThrow();
        }
    }

    /** Body of {@code POST /api/v1/sides/{sideId}/substitutions}. */
    public record NewSubstitution(
            Long absentMemberId, Long alternateMemberId, LocalDate startsOn, LocalDate endsOn, String reason) {
        public NewSubstitution {
            new FieldChecks()
                    .present("absentMemberId", absentMemberId)
                    .present("alternateMemberId", alternateMemberId)
                    .orThrow();
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/members",
                ctx -> ctx.json(members.members(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/sides/{sideId}/members", this::add);
        routes.get(
                "/api/v1/members/{memberId}",
                ctx -> ctx.json(members.member(actor(ctx), Requests.id(ctx, "memberId"))));
        routes.put("/api/v1/members/{memberId}/role", this::changeRole);
        routes.post("/api/v1/members/{memberId}/removal", this::remove);
        routes.put("/api/v1/sides/{sideId}/head", this::appointHead);
        routes.get(
                "/api/v1/sides/{sideId}/substitutions",
                ctx -> ctx.json(substitutions.substitutions(actor(ctx), Requests.id(ctx, "sideId"))));
        routes.post("/api/v1/sides/{sideId}/substitutions", this::substitute);
    }

    private void add(Context ctx) {
        NewMember member = Requests.body(ctx, MemberRequest.class).onSide(Requests.id(ctx, "sideId"));
        ctx.status(201).json(members.addMember(actor(ctx), member));
    }

    private void changeRole(Context ctx) {
        Role role = Requests.body(ctx, RoleChange.class).role();
        new FieldChecks().present("role", role).orThrow();
        ctx.json(members.changeRole(actor(ctx), Requests.id(ctx, "memberId"), role));
    }

    private void remove(Context ctx) {
        String reason = Requests.body(ctx, Removal.class).reason();
        ctx.json(members.removeMember(actor(ctx), Requests.id(ctx, "memberId"), reason));
    }

    private void appointHead(Context ctx) {
        long memberId = Requests.body(ctx, HeadAppointment.class).memberId();
        ctx.json(members.appointHead(actor(ctx), Requests.id(ctx, "sideId"), memberId));
    }

    private void substitute(Context ctx) {
        NewSubstitution request = Requests.body(ctx, NewSubstitution.class);
        ctx.status(201)
                .json(substitutions.recordSubstitution(
                        actor(ctx),
                        request.absentMemberId(),
                        request.alternateMemberId(),
                        request.startsOn(),
                        request.endsOn(),
                        request.reason()));
    }
}
