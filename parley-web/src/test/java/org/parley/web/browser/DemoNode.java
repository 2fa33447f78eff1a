package org.parley.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.channels.EscalationListener;
import org.parley.core.demo.DemoSeeder;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.notify.MailSender;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.match.NameScreener;
import org.parley.web.WebNode;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.auth.ServerSecret;
import org.parley.web.auth.SessionCodec;
import org.parley.web.testing.MemoryDatabase;

/**
 * A web node serving the demo installation ({@code parley demo}) as of a fixed instant, so that pages
 * (and screenshots) do not depend on the day the test runs. Not thread-safe; close it.
 */
final class DemoNode implements AutoCloseable {

    /** The demo's "now": meetings, deadlines and escalations are seeded around it. */
    static final Instant NOW = Instant.parse("2026-09-15T13:00:00Z");

    private static final String SAMPLE = "demo-lists-2026-07-31.csv";

    private final MemoryDatabase memory;
    private final WebServer server;
    final DemoSeeder.DemoResult demo;

    DemoNode(Path temp) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ListStore store = new ListStore(temp.resolve("lists"), clock, ListFiles::read);
        store.importFrom(List.of(sample(temp)), List.of("demo sample (not a screening source)"));
        ActiveLists lists = new ActiveLists(store, NameScreener::of);
        memory = new MemoryDatabase();
        demo = DemoSeeder.seed(memory.database, lists::screener, NameScreener.DEFAULT_THRESHOLD, NOW);
        ParleyCore core = ParleyCore.create(
                memory.database, clock, lists::screener, NameScreener.DEFAULT_THRESHOLD, EscalationListener.NONE);
        ParleyWorkflows workflows = ParleyWorkflows.create(
                memory.database,
                clock,
                core.audit(),
                lists::screener,
                core.screeningReviews(),
                new ParleyWorkflows.Settings(
                        Regulations.load(), NameScreener.DEFAULT_THRESHOLD, MailSender.NONE, "parley.demo"));
        var parts = new WebNode.Parts(
                core,
                memory.database.jdbi(),
                new SessionCodec(ServerSecret.random(), clock, Duration.ofHours(12)),
                workflows,
                lists,
                NameScreener.DEFAULT_THRESHOLD,
                clock,
                Map::of);
        server = WebNode.start(WebSettings.local(0), parts);
    }

    int port() {
        return server.port();
    }

    private static Path sample(Path temp) {
        Path sample = temp.resolve(SAMPLE);
        try (InputStream in = DemoSeeder.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, sample);
            return sample;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        memory.close();
    }
}
