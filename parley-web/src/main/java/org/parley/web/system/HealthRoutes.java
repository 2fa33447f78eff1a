package org.parley.web.system;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.parley.web.RouteModule;

/**
 * {@code GET /health} (liveness plus what the node has loaded) and {@code GET /metrics}
 * (Prometheus text format). Both are public: they reveal no personal or list data.
 */
public final class HealthRoutes implements RouteModule {
    private final RequestMetrics metrics;
    private final Supplier<? extends java.util.Map<String, ?>> details;

    public HealthRoutes(RequestMetrics metrics, Supplier<? extends java.util.Map<String, ?>> details) {
        this.metrics = metrics;
        this.details = details;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            var body = new LinkedHashMap<String, Object>();
            body.put("status", "UP");
            body.putAll(details.get());
            ctx.json(body);
        });
        routes.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
    }
}
