package org.parley.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.core.ParleyCore;
import org.parley.core.channels.Escalation;
import org.parley.core.channels.EscalationScheduler;
import org.parley.core.lists.ActiveLists;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.match.NameScreener;
import org.parley.web.WebNode;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.auth.ServerSecret;
import org.parley.web.auth.SessionCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final Duration ESCALATION_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final CountDownLatch stopped = new CountDownLatch(1);

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

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            spec.commandLine().getErr().println("parley: --port must be between 0 and 65535, got " + port);
            return CreateUserCommand.BAD_INPUT;
        }
        Map<String, String> environment = System.getenv();
        DatabaseConfig config = PlatformDatabase.config(environment, data.folder());
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(config)) {
            ActiveLists lists = new ActiveLists(data.listStore(), NameScreener::of);
            ListSnapshot snapshot = lists.screener().snapshot();
            ParleyCore core = ParleyCore.create(
                    database, clock, lists::screener, NameScreener.DEFAULT_THRESHOLD, ServeCommand::logEscalation);
            var parts = new WebNode.Parts(
                    core,
                    database.jdbi(),
                    new SessionCodec(ServerSecret.load(environment, data.folder()), clock, SESSION_LIFETIME),
                    lists,
                    NameScreener.DEFAULT_THRESHOLD,
                    clock,
                    () -> health(database, lists));
            var settings = new WebSettings(host, port, WebSettings.DEFAULT_MAX_REQUEST_BYTES, secureCookies);
            try (WebServer server = WebNode.start(settings, parts);
                    EscalationScheduler escalations = core.escalations()) {
                escalations.start(ESCALATION_PERIOD);
                out.printf("database: %s%n", PlatformDatabase.describe(config));
                out.printf("lists: %d entries, as of %s%n", snapshot.entries().size(), snapshot.asOf());
                out.printf("Parley is listening on http://%s:%d/%n", host, server.port());
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
        }
        return 0;
    }

    /** Stops a running node (as the JVM's shutdown does). */
    void stop() {
        stopped.countDown();
    }

    /** Until notifications exist, an escalation is logged for the operators. */
    private static void logEscalation(Escalation escalation) {
        LOG.warn(
                "message {} not acknowledged in time by side {}: escalated to its head of delegation",
                escalation.messageId(),
                escalation.sideId());
    }

    private static Map<String, Object> health(Database database, ActiveLists lists) {
        ListSnapshot snapshot = lists.screener().snapshot();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", database.isPostgres() ? "postgresql" : "h2");
        details.put("listsAsOf", snapshot.asOf());
        details.put("listsHash", snapshot.contentHash());
        return details;
    }
}
