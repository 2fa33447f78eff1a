package org.parley.web.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditEvent;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.audit.ChainVerification;
import org.parley.web.RouteModule;
import org.parley.web.auth.Authentication;
import org.parley.web.system.ApiException;
import org.parley.web.system.Requests;

/**
 * The audit log for platform administrators: verification of the whole hash chain, and the events
 * page by page. Thread-safe.
 */
public final class AuditApi implements RouteModule {

    private static final int MAX_PAGE = 1000;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AuditVerifier verifier;

    public AuditApi(Jdbi jdbi, AuditLog audit, AuditVerifier verifier) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.verifier = verifier;
    }

    /**
     * The verdict: intact with the number of events and the head's hash, or broken at {@code brokenAt}
     * for {@code reason}.
     */
    public record Verification(boolean intact, Long events, String lastHash, Long brokenAt, String reason) {
        static Verification of(ChainVerification verification) {
            return switch (verification) {
                case ChainVerification.Intact intact ->
                    new Verification(true, intact.events(), intact.lastHash(), null, null);
                case ChainVerification.Broken broken ->
                    new Verification(false, null, null, broken.seq(), broken.reason());
            };
        }
    }

    /** One page of events; pass {@code next} as {@code after} for the following page (null at the end). */
    public record EventPage(List<AuditEvent> events, Long next) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/audit/verification", this::verify);
        routes.get("/api/v1/audit/events", this::events);
    }

    private void verify(Context ctx) {
        requireAdministrator(ctx);
        ctx.json(Verification.of(verifier.verify()));
    }

    private void events(Context ctx) {
        requireAdministrator(ctx);
        long after = Requests.query(ctx, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) Requests.query(ctx, "limit", 100, 1, MAX_PAGE);
        List<AuditEvent> events = jdbi.withHandle(handle -> audit.page(handle, after, limit));
        Long next = events.size() < limit ? null : events.getLast().seq();
        ctx.json(new EventPage(events, next));
    }

    /** The log spans every group, so only platform administrators read it. */
    private static void requireAdministrator(Context ctx) {
        if (!Authentication.principal(ctx).user().admin()) {
            throw new ApiException(403, "only administrators read the audit log");
        }
    }
}
