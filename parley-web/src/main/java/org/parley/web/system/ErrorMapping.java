package org.parley.web.system;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into a JSON error with the right status. Internal errors are logged with a
 * reference and answered without any stack trace or internal detail.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.fields()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            String message = e.getStatus() == 404 ? "not found: " + ctx.path() : e.getMessage();
            respond(ctx, e.getStatus(), message, Map.of());
        });
        routes.exception(
                JacksonException.class,
                (e, ctx) -> respond(ctx, 400, "invalid JSON: " + e.getOriginalMessage(), Map.of()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            String reference = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", reference, ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error (reference " + reference + ")", Map.of());
        });
    }

    private static void respond(Context ctx, int status, String message, Map<String, String> fields) {
        ctx.status(status).json(new ApiError(status, message, fields));
    }
}
