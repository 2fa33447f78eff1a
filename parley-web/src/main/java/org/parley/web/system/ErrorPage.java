package org.parley.web.system;

import io.javalin.http.Context;

/** Renders a failure as an HTML page for browsers (everything outside {@code /api/}). */
@FunctionalInterface
public interface ErrorPage {
    void render(Context ctx, int status, String message);
}
