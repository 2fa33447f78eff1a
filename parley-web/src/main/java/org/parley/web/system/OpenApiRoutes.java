package org.parley.web.system;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.parley.web.RouteModule;
import org.parley.web.auth.RouteAccess;

/**
 * {@code GET /api/v1/openapi.yaml}: the hand-written OpenAPI 3.1 description of the API, kept true to
 * the registered routes by a test. Public. Immutable.
 */
public final class OpenApiRoutes implements RouteModule {

    /** Where the document lives on the class path. */
    public static final String RESOURCE = "/org/parley/web/openapi.yaml";

    private final String document;

    public OpenApiRoutes() {
        this.document = read();
    }

    /** The document's text. */
    public static String read() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/openapi.yaml",
                ctx -> ctx.contentType("application/yaml; charset=utf-8").result(document),
                RouteAccess.PUBLIC);
    }
}
