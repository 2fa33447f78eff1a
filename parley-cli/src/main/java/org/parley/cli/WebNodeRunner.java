package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.channels.EscalationScheduler;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.notify.MailSender;
import org.parley.core.notify.MailSettings;
import org.parley.core.notify.Notifier;
import org.parley.core.notify.SmtpMailSender;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.match.NameScreener;
import org.parley.web.WebNode;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.auth.ServerSecret;
import org.parley.web.auth.SessionCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one web node on a data folder until stopped; shared by {@code serve} and {@code demo}. */
final class WebNodeRunner {
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final Duration ESCALATION_PERIOD = Duration.ofMinutes(1);
    static final Duration NOTIFICATION_PERIOD = Duration.ofSeconds(30);
    /**
     * How often a node looks for lists stored by another process (reloading and re-screening once per
     * snapshot); PARLEY_LISTS_RELOAD_SECONDS overrides.
     */
    static final Duration LIST_CHECK_PERIOD = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(WebNodeRunner.class);

    private final Path dataFolder;
    private final Map<String, String> environment;
    private final CountDownLatch stopped = new CountDownLatch(1);

    WebNodeRunner(Path dataFolder, Map<String, String> environment) {
        this.dataFolder = dataFolder;
        this.environment = environment;
    }

    ListStore listStore() {
        return new ListStore(dataFolder.resolve("lists"), Clock.systemUTC(), ListFiles::read);
    }

    /** Serves until {@link #stop()} or JVM shutdown; {@code started} gets the port once the node listens. */
    void run(WebSettings settings, PrintWriter out, IntConsumer started) throws InterruptedException {
        DatabaseConfig config = PlatformDatabase.config(environment, dataFolder);
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(config)) {
            ActiveLists lists = new ActiveLists(listStore(), NameScreener::of);
            ListSnapshot snapshot = lists.screener().snapshot();
            AtomicReference<ParleyWorkflows> workflowsOnceBuilt = new AtomicReference<>();
            ParleyCore core = ParleyCore.create(
                    database,
                    clock,
                    lists::screener,
                    NameScreener.DEFAULT_THRESHOLD,
                    escalation -> workflowsOnceBuilt.get().notifier().escalated(escalation));
            ParleyWorkflows workflows = ParleyWorkflows.create(
                    database,
                    clock,
                    core.audit(),
                    lists::screener,
                    core.screeningReviews(),
                    new ParleyWorkflows.Settings(
                            Regulations.load(),
                            NameScreener.DEFAULT_THRESHOLD,
                            mailSender(),
                            environment.getOrDefault("PARLEY_HOST", settings.host())));
            workflowsOnceBuilt.set(workflows);
            var parts = new WebNode.Parts(
                    core,
                    database.jdbi(),
                    new SessionCodec(ServerSecret.load(environment, dataFolder), clock, SESSION_LIFETIME),
                    workflows,
                    lists,
                    NameScreener.DEFAULT_THRESHOLD,
                    clock,
                    () -> health(database, lists));
            try (WebServer server = WebNode.start(settings, parts);
                    EscalationScheduler escalations = core.escalations();
                    Notifier notifier = workflows.notifier();
                    ListWatch watch = new ListWatch(lists, workflows.rescreen())) {
                escalations.start(ESCALATION_PERIOD);
                notifier.start(NOTIFICATION_PERIOD);
                watch.start(reloadPeriod());
                out.printf("database: %s%n", PlatformDatabase.describe(config));
                out.printf("lists: %d entries, as of %s%n", snapshot.entries().size(), snapshot.asOf());
                out.printf("Parley is listening on http://%s:%d/%n", settings.host(), server.port());
                out.flush();
                started.accept(server.port());
                Thread onShutdown = new Thread(stopped::countDown);
                Runtime.getRuntime().addShutdownHook(onShutdown);
                try {
                    stopped.await();
                } finally {
                    removeHook(onShutdown);
                }
            }
        }
    }

    void stop() {
        stopped.countDown();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and has run the hook: nothing to remove.
        }
    }

    private Duration reloadPeriod() {
        String seconds = environment.get("PARLEY_LISTS_RELOAD_SECONDS");
        if (seconds == null || seconds.isBlank()) {
            return LIST_CHECK_PERIOD;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException e) {
            throw new UserError("PARLEY_LISTS_RELOAD_SECONDS must be a whole number of seconds, got " + seconds);
        }
    }

    /** SMTP when PARLEY_SMTP_HOST is set, otherwise notifications are in-app only. */
    private MailSender mailSender() {
        return MailSettings.fromEnvironment(environment)
                .<MailSender>map(SmtpMailSender::new)
                .orElseGet(() -> {
                    LOG.info("PARLEY_SMTP_HOST is not set: notifications are in-app only");
                    return MailSender.NONE;
                });
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
