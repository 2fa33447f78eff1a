package org.parley.web.compliance;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.List;
import org.parley.core.compliance.ComplianceConsole;
import org.parley.core.organisations.OwnerShare;
import org.parley.core.organisations.OwnershipService;
import org.parley.core.release.LedgerEntry;
import org.parley.core.release.ReleaseLedger;
import org.parley.core.reports.LedgerReports;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * The compliance console's data, the group's release ledger (JSON, CSV, PDF) and recorded owners of
 * member organisations. For the group's compliance officers. Thread-safe.
 */
public final class ComplianceApi implements RouteModule {

    private final ComplianceConsole console;
    private final ReleaseLedger ledger;
    private final OwnershipService ownership;

    public ComplianceApi(ComplianceConsole console, ReleaseLedger ledger, OwnershipService ownership) {
        this.console = console;
        this.ledger = ledger;
        this.ownership = ownership;
    }

    /** Body of {@code PUT /api/v1/groups/{groupId}/organisation-owners}. */
    public record OwnersBody(String organisation, List<OwnerShare> owners) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/compliance",
                ctx -> ctx.json(console.overview(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.get("/api/v1/groups/{groupId}/ledger", ctx -> ctx.json(entries(ctx)));
        routes.get("/api/v1/groups/{groupId}/ledger.csv", this::csv);
        routes.get("/api/v1/groups/{groupId}/ledger.pdf", this::pdf);
        routes.put("/api/v1/groups/{groupId}/organisation-owners", this::setOwners);
    }

    private List<LedgerEntry> entries(Context ctx) {
        return ledger.entries(actor(ctx), Requests.id(ctx, "groupId"));
    }

    private void csv(Context ctx) {
        StringWriter out = new StringWriter();
        LedgerReports.csv(entries(ctx).reversed(), out);
        ctx.contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=release-ledger.csv")
                .result(out.toString());
    }

    private void pdf(Context ctx) {
        byte[] pdf = LedgerReports.pdf(entries(ctx).reversed(), "Release ledger, group " + ctx.pathParam("groupId"));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=release-ledger.pdf")
                .result(pdf);
    }

    private void setOwners(Context ctx) {
        OwnersBody body = Requests.body(ctx, OwnersBody.class);
        ctx.json(ownership.setOwners(actor(ctx), Requests.id(ctx, "groupId"), body.organisation(), body.owners()));
    }
}
