package org.parley.web.system;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per finished request, as key=value pairs for log tools: method, route pattern (not the
 * raw path: no identifiers or query strings with personal data), status and duration. Logged under
 * {@value #LOGGER} at INFO, so operators can switch it off by level. Thread-safe.
 */
public final class RequestLog {
    public static final String LOGGER = "parley.requests";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private RequestLog() {}

    public static void record(Context ctx, Float milliseconds) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(ctx, milliseconds));
        }
    }

    static String line(Context ctx, Float milliseconds) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return String.format(
                Locale.ROOT,
                "method=%s route=%s status=%d duration_ms=%.2f",
                ctx.method().name(),
                matched == null ? "unmatched" : matched.path,
                ctx.statusCode(),
                milliseconds);
    }
}
