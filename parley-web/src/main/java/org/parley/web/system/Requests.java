package org.parley.web.system;

import io.javalin.http.Context;

/** Reads path parameters, query parameters and bodies, answering 400 with the field on bad input. Stateless. */
public final class Requests {

    private Requests() {}

    /** A numeric identifier from the path, e.g. {@code groupId} of {@code /api/v1/groups/{groupId}}. */
    public static long id(Context ctx, String name) {
        return parseLong(ctx.pathParam(name), name);
    }

    /** A small whole number from the path, e.g. a version. */
    public static int number(Context ctx, String name) {
        long value = id(ctx, name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ApiException.badRequest(name, "is out of range: " + value);
        }
        return (int) value;
    }

    /** A whole number from the query string, {@code fallback} when absent, within {@code [min, max]}. */
    public static long query(Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        long value = text == null || text.isBlank() ? fallback : parseLong(text, name);
        if (value < min || value > max) {
            throw ApiException.badRequest(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** The JSON body as {@code type}; an empty body is refused. */
    public static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw ApiException.badRequest("body", "is required");
        }
        return ctx.bodyAsClass(type);
    }

    private static long parseLong(String text, String name) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "is not a whole number: " + text);
        }
    }
}
