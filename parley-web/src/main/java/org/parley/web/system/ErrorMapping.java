package org.parley.web.system;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parley.core.system.ConflictException;
import org.parley.core.system.DomainException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into a JSON error with the right status, or, outside {@code /api/}, into the
 * HTML error page. Internal errors are logged with a reference and answered without any stack trace
 * or internal detail.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public static void register(RoutesConfig routes) {
        register(routes, null);
    }

    /** Registers the mapping; {@code errorPage} (may be null) answers requests outside {@code /api/}. */
    public static void register(RoutesConfig routes, ErrorPage errorPage) {
        Responder respond = (ctx, status, message, fields) -> {
            if (errorPage != null && !ctx.path().startsWith("/api/")) {
                errorPage.render(ctx, status, message);
            } else {
                ctx.status(status).json(new ApiError(status, message, fields));
            }
        };
        registerWith(routes, respond);
    }

    private static void registerWith(RoutesConfig routes, Responder respond) {
        routes.exception(ApiException.class, (e, ctx) -> respond.to(ctx, e.status(), e.getMessage(), e.fields()));
        routes.exception(DomainException.class, (e, ctx) -> respond.to(ctx, statusOf(e), e.getMessage(), fieldsOf(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            String message = switch (e.getStatus()) {
                case 404 -> "not found: " + ctx.path();
                case 413 -> "the request is larger than this server accepts";
                default -> e.getMessage();
            };
            respond.to(ctx, e.getStatus(), message, Map.of());
        });
        routes.exception(JacksonException.class, (e, ctx) -> {
            // A request record that checks itself in its constructor reaches us wrapped by Jackson.
            if (e.getCause() instanceof ValidationException invalid) {
                respond.to(ctx, 400, invalid.getMessage(), fieldsOf(invalid));
            } else {
                respond.to(ctx, 400, "invalid JSON: " + e.getOriginalMessage(), fieldOf(e));
            }
        });
        routes.exception(IllegalArgumentException.class, (e, ctx) -> respond.to(ctx, 400, e.getMessage(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            String reference = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", reference, ctx.method(), ctx.path(), e);
            respond.to(ctx, 500, "internal error (reference " + reference + ")", Map.of());
        });
    }

    /** The HTTP status of each kind of refusal the domain knows. */
    static int statusOf(DomainException e) {
        return switch (e) {
            case NotFoundException notFound -> 404;
            case ForbiddenException forbidden -> 403;
            case ConflictException conflict -> 409;
            case ValidationException invalid -> 400;
        };
    }

    /** Each failing field with its problems; a field failing several rules lists them all. */
    private static Map<String, String> fieldsOf(DomainException e) {
        if (!(e instanceof ValidationException invalid)) {
            return Map.of();
        }
        return invalid.errors().stream()
                .collect(Collectors.toMap(
                        ValidationException.FieldError::field,
                        ValidationException.FieldError::message,
                        (first, second) -> first + "; " + second,
                        LinkedHashMap::new));
    }

    /** The JSON field a binding error is about, e.g. {@code sides[1].memberCap}, when it names one. */
    private static Map<String, String> fieldOf(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? Map.of() : Map.of(field.toString(), "is missing or has an invalid value");
    }

    /** Writes one failure, as JSON or as a page. */
    @FunctionalInterface
    private interface Responder {
        void to(Context ctx, int status, String message, Map<String, String> fields);
    }
}
