package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.web.TrustedProxies;
import org.parley.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve}: runs a web node until stopped. Migrates the database at start, loads the
 * active lists, prints the URL. Nodes are stateless: run several against one PostgreSQL database with
 * the same {@code PARLEY_SECRET}.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run a web node: the JSON API under /api/v1 (see /api/v1/openapi.yaml), /health and /metrics.",
            "Database: PostgreSQL when PARLEY_DB_URL (PARLEY_DB_USER, PARLEY_DB_PASSWORD) is set, else H2 in the"
                    + " data folder. Sessions are signed with PARLEY_SECRET, or a secret generated into the data"
                    + " folder (every node of one installation needs the same one)."
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}.")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on. Default: ${DEFAULT-VALUE}.")
    private String host = "127.0.0.1";

    @Option(names = "--secure-cookies", description = "Mark session cookies Secure (when served over HTTPS).")
    private boolean secureCookies;

    @Option(
            names = "--trusted-proxies",
            paramLabel = "ADDRESSES",
            description = "Reverse proxies (IP addresses or CIDR ranges, comma-separated) whose X-Forwarded-For"
                    + " names the client, for sign-in throttling and logs. Default: PARLEY_TRUSTED_PROXIES, else none.")
    private String trustedProxies = System.getenv("PARLEY_TRUSTED_PROXIES");

    private volatile WebNodeRunner runner;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            spec.commandLine().getErr().println("parley: --port must be between 0 and 65535, got " + port);
            return CreateUserCommand.BAD_INPUT;
        }
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(trustedProxies);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("parley: --trusted-proxies: " + e.getMessage());
            return CreateUserCommand.BAD_INPUT;
        }
        runner = new WebNodeRunner(data.folder(), System.getenv());
        var settings = new WebSettings(host, port, WebSettings.DEFAULT_MAX_REQUEST_BYTES, secureCookies, proxies);
        runner.run(settings, spec.commandLine().getOut(), port -> {});
        return 0;
    }

    /** Stops a running node (as the JVM's shutdown does). */
    void stop() {
        if (runner != null) {
            runner.stop();
        }
    }
}
