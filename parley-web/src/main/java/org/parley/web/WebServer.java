package org.parley.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.parley.web.system.ErrorMapping;
import org.parley.web.system.ErrorPage;
import org.parley.web.system.Json;
import org.parley.web.system.RequestLog;
import org.parley.web.system.RequestMetrics;

/** One running Parley web node: the JSON API and the pages. Stateless; close it to stop. */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final List<Route> routes;

    private WebServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = List.copyOf(routes);
    }

    /** Starts a server with the given feature modules; returns once it listens. */
    private static final int ACCEPT_QUEUE = 1024;

    public static WebServer start(WebSettings settings, RequestMetrics metrics, List<RouteModule> modules) {
        return start(settings, metrics, modules, null);
    }

    /**
     * Starts a server with the given feature modules and the stylesheet under {@code /static};
     * {@code errorPage} (may be null) shows failures outside {@code /api/} as HTML.
     */
    public static WebServer start(
            WebSettings settings, RequestMetrics metrics, List<RouteModule> modules, ErrorPage errorPage) {
        List<Route> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(handler.getHttpMethod().name(), handler.getPath()));
                }
            });
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jsonMapper(new JavalinJackson3(Json.MAPPER, true));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, milliseconds) -> {
                metrics.record(ctx, milliseconds);
                RequestLog.record(ctx, milliseconds);
            });
            TrustedProxies proxies = settings.trustedProxies();
            if (!proxies.isEmpty()) {
                config.contextResolver.ip =
                        ctx -> proxies.client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
                config.contextResolver.scheme = ctx -> {
                    String forwarded = ctx.header("X-Forwarded-Proto");
                    return forwarded != null && proxies.trusts(ctx.req().getRemoteAddr())
                            ? forwarded.strip().toLowerCase(java.util.Locale.ROOT)
                            : ctx.req().getScheme();
                };
            }
            config.jetty.addConnector((server, http) -> connector(server, http, settings));
            ErrorMapping.register(config.routes, errorPage);
            modules.forEach(module -> module.register(config.routes));
        });
        app.start();
        return new WebServer(app, routes);
    }

    /**
     * The HTTP connector, with a listen queue of {@value #ACCEPT_QUEUE} connections: the operating
     * system's default of 50 overflowed when 200 clients connected at once (seen in the load test as
     * connections closed before any answer, and in {@code netstat -s} as listen-queue overflows).
     */
    private static ServerConnector connector(Server server, HttpConfiguration http, WebSettings settings) {
        var connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        return connector;
    }

    /** Every HTTP endpoint the modules registered, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
