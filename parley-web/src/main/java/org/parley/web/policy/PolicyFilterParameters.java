package org.parley.web.policy;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.parley.core.policy.InstrumentType;
import org.parley.core.policy.PolicyUpdateFilter;
import org.parley.web.system.ApiException;
import org.parley.web.system.Requests;

/**
 * Reads a {@link PolicyUpdateFilter} from the query string, answering 400 naming a bad parameter; the
 * API and the feed page share it. Stateless.
 */
public final class PolicyFilterParameters {

    static final int MAX_LIMIT = 1000;

    private PolicyFilterParameters() {}

    public static PolicyUpdateFilter of(Context ctx) {
        String side = ctx.queryParam("sideId");
        return new PolicyUpdateFilter(
                ctx.queryParam("q"),
                ctx.queryParam("jurisdiction"),
                ctx.queryParam("issuingBody"),
                instrumentType(ctx.queryParam("instrumentType")),
                ctx.queryParam("tag"),
                ctx.queryParam("citation"),
                side == null || side.isBlank() ? null : Requests.query(ctx, "sideId", 0, 1, Long.MAX_VALUE),
                date(ctx, "publishedFrom"),
                date(ctx, "publishedTo"),
                date(ctx, "effectiveFrom"),
                date(ctx, "effectiveTo"),
                (int) Requests.query(ctx, "limit", PolicyUpdateFilter.DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    private static InstrumentType instrumentType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InstrumentType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "instrumentType",
                    "is not one of RULE, LIST_ADDITION, LIST_AMENDMENT," + " GUIDANCE, FAQ, LICENSE_DECISION, OTHER: "
                            + value);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "is not an ISO date (YYYY-MM-DD): " + value);
        }
    }
}
