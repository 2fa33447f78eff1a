package org.parley.web.pages.compliance;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.audit.ChainVerification;
import org.parley.core.groups.Group;
import org.parley.core.lists.ActiveLists;
import org.parley.core.members.Member;
import org.parley.core.release.LedgerEntry;
import org.parley.core.release.ReleaseLedger;
import org.parley.core.system.Actor;
import org.parley.core.system.ValidationException;
import org.parley.rules.DecisionEngine;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.rules.request.InvalidRequestException;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.compliance.ComplianceView.ActiveListsInfo;
import org.parley.web.pages.compliance.ComplianceView.Query;
import org.parley.web.pages.compliance.ComplianceView.ReviewCase;
import org.parley.web.pages.compliance.ComplianceView.Screening;
import org.parley.web.pages.compliance.ComplianceView.WithheldRelease;
import org.parley.web.system.Requests;

/**
 * The compliance console ({@code GET /compliance}) and decisions on screening reviews. Every signed-in
 * user may screen a name, decide a hypothetical release and see the lists in force; compliance officers see their groups' reviews;
 * administrators and compliance officers see the audit chain's verification. Thread-safe.
 */
public final class CompliancePages implements RouteModule {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<PartyType> TYPES = Arrays.stream(PartyType.values())
            .filter(type -> type != PartyType.UNKNOWN)
            .toList();

    /** Withheld releases listed per group on the console (the ledger export has them all). */
    private static final int RECENT_WITHHELD = 10;

    private final ParleyCore core;
    private final ReleaseLedger ledger;
    private final ActiveLists lists;
    private final double threshold;
    private final Regulations regulations;
    private final Pages pages;

    public CompliancePages(
            ParleyCore core,
            ReleaseLedger ledger,
            ActiveLists lists,
            double threshold,
            Regulations regulations,
            Pages pages) {
        this.core = core;
        this.ledger = ledger;
        this.lists = lists;
        this.threshold = threshold;
        this.regulations = regulations;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/compliance", this::console, PageAccess.SIGNED_IN);
        routes.post("/reviews/{reviewId}/decision", this::decide, PageAccess.SIGNED_IN);
    }

    private void console(Context ctx) {
        Actor actor = pages.viewer(ctx).actor();
        Query query = query(ctx);
        Screener screener = lists.screener();
        Screening screening = query.name() == null
                ? null
                : new Screening(
                        threshold,
                        screener.screen(new ScreeningQuery(query.name(), query.country(), query.type()), threshold));
        List<ReviewCase> reviews = new ArrayList<>();
        List<ActionChart> charts = new ArrayList<>();
        List<ReleaseChart> releaseCharts = new ArrayList<>();
        List<WithheldRelease> withheld = new ArrayList<>();
        YearMonth thisMonth = YearMonth.from(pages.now().atZone(ZoneOffset.UTC));
        boolean officer = false;
        for (Group group : core.groups().groupsOf(actor)) {
            Roles roles = core.groups().roles(actor, group.id());
            var sides = core.groups().sides(actor, group.id());
            charts.add(ActionChart.of(
                    group.id(), group.name(), sides, core.actions().items(actor, group.id())));
            if (roles.has(Role.COMPLIANCE_OFFICER) || roles.administrator()) {
                List<LedgerEntry> entries = ledger.entries(actor, group.id());
                List<ReleaseChart.Release> releases = entries.stream()
                        .map(entry -> new ReleaseChart.Release(entry.decidedAt(), entry.delivered()))
                        .toList();
                releaseCharts.add(ReleaseChart.of(group.id(), group.name(), releases, thisMonth));
                entries.stream()
                        .filter(entry -> !entry.delivered())
                        .limit(RECENT_WITHHELD)
                        .forEach(entry -> withheld.add(new WithheldRelease(group.id(), group.name(), entry)));
            }
            if (roles.has(Role.COMPLIANCE_OFFICER)) {
                officer = true;
                Map<Long, Member> members = core.members().members(actor, group.id()).stream()
                        .collect(Collectors.toMap(Member::id, Function.identity()));
                core.screeningReviews()
                        .openReviews(actor, group.id())
                        .forEach(review ->
                                reviews.add(new ReviewCase(group.name(), members.get(review.memberId()), review)));
            }
        }
        ReleaseQuestion question = ReleaseQuestion.from(ctx, LocalDate.ofInstant(pages.now(), ZoneOffset.UTC));
        boolean admin = pages.viewer(ctx).user().admin();
        var snapshot = screener.snapshot();
        ChainVerification audit = admin || officer ? core.auditVerifier().verify() : null;
        var view = new ComplianceView(
                query,
                screening,
                reviews,
                officer,
                new ActiveListsInfo(snapshot.asOf(), snapshot.size(), snapshot.contentHash()),
                lists.store().status().orElse(null),
                audit,
                charts,
                releaseCharts,
                withheld,
                TYPES,
                question,
                question.asked() ? decide(question, screener) : null,
                ReleaseQuestion.Choices.ALL);
        pages.render(ctx, "compliance/console.jte", view, "compliance.title");
    }

    /** The rules engine's answer, as {@code parley decide} gives it; nothing is recorded. */
    private ReleaseDecision decide(ReleaseQuestion question, Screener screener) {
        try {
            DecisionRequest request = new DecisionRequestReader().read(question.toJson());
            return ReleaseDecision.of(new DecisionEngine(regulations, screener, threshold).decide(request));
        } catch (InvalidRequestException e) {
            return ReleaseDecision.invalid(e.field(), e.getMessage());
        }
    }

    /** The screening form's fields; a bad country or type is ignored rather than refused, as a filter. */
    private static Query query(Context ctx) {
        String name = ctx.queryParam("name");
        String country = ctx.queryParam("country");
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        PartyType type = PartyType.fromListWord(ctx.queryParam("type"));
        return new Query(
                name == null || name.isBlank() ? null : name.strip(),
                country != null && COUNTRIES.contains(country) ? country : null,
                type);
    }

    private void decide(Context ctx) {
        long reviewId = Requests.id(ctx, "reviewId");
        pages.submit(ctx, "/compliance#reviews", form -> {
            String decision = form.text("decision");
            Actor actor = pages.viewer(ctx).actor();
            if ("confirm".equals(decision)) {
                core.screeningReviews().confirm(actor, reviewId, form.text("reason"));
                return new Pages.Done("/compliance#reviews", "flash.reviewConfirmed");
            }
            if ("dismiss".equals(decision)) {
                core.screeningReviews().dismiss(actor, reviewId, form.text("reason"));
                return new Pages.Done("/compliance#reviews", "flash.reviewDismissed");
            }
            throw ValidationException.of("decision", "must be confirm or dismiss");
        });
    }
}
