package org.parley.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.testing.ApiClient;

/** The request log line names the route pattern, never the raw path with its identifiers. */
class RequestLogTest {

    @Test
    void aLineHoldsMethodRouteStatusAndDuration() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (WebServer server = WebServer.start(WebSettings.local(0), new RequestMetrics(), List.of(routes -> {
            routes.get("/api/v1/things/{thingId}", ctx -> ctx.status(202).result("ok"));
            routes.after(ctx -> lines.add(RequestLog.line(ctx, 1.25f)));
        }))) {
            new ApiClient(server.port()).get("/api/v1/things/12345?email=someone@example.org");
        }

        assertThat(lines).containsExactly("method=GET route=/api/v1/things/{thingId} status=202 duration_ms=1.25");
    }
}
