package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.core.demo.DemoSeeder;
import org.parley.core.lists.ActiveLists;
import org.parley.core.storage.Database;
import org.parley.core.storage.DatabaseConfig;
import org.parley.screening.match.NameScreener;
import org.parley.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley demo}: seeds a demo installation (H2, demo list sample) on first run, then serves it.
 * Never touches a production database: PARLEY_DB_URL is ignored here.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Seed (on first run) and serve a demo working group with sample data and demo logins.")
public final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE = "demo-lists-2026-07-31.csv";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Demo data folder. Default: ${DEFAULT-VALUE}.")
    private Path data = Path.of("data", "demo");

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port. Default: ${DEFAULT-VALUE}.")
    private int port = 8080;

    @Option(names = "--reset", description = "Delete the demo data and seed it again.")
    private boolean reset;

    private volatile WebNodeRunner runner;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (reset) {
            deleteTree(data);
        }
        // The environment is not passed on: the demo always runs on its own H2 database.
        runner = new WebNodeRunner(data, Map.of());
        List<DemoSeeder.DemoLogin> logins = Files.exists(data.resolve("demo-seeded")) ? null : seed(out);
        var settings = WebSettings.local(port);
        runner.run(settings, out, port -> printLogins(out, logins));
        return 0;
    }

    void stop() {
        if (runner != null) {
            runner.stop();
        }
    }

    private List<DemoSeeder.DemoLogin> seed(PrintWriter out) throws IOException {
        deleteTree(data);
        Files.createDirectories(data);
        out.println("seeding the demo into " + data.toAbsolutePath() + " …");
        out.flush();
        Path sample = data.resolve(SAMPLE);
        try (InputStream in = DemoSeeder.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        var store = runner.listStore();
        store.importFrom(List.of(sample), List.of("demo sample (not a screening source)"));
        Files.delete(sample);
        var lists = new ActiveLists(store, NameScreener::of);
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            var result = DemoSeeder.seed(database, lists::screener, NameScreener.DEFAULT_THRESHOLD, Instant.now());
            Files.writeString(data.resolve("demo-seeded"), "group " + result.groupId() + "\n");
            return result.logins();
        }
    }

    private static void printLogins(PrintWriter out, List<DemoSeeder.DemoLogin> logins) {
        out.println();
        out.println("Demo logins (password for all: " + DemoSeeder.PASSWORD + "):");
        if (logins == null) {
            out.println("  secretariat@demo.parley.example, us.cochair@…, cn.cochair@…, us.compliance@…, "
                    + "cn.compliance@…, us.expert@…, cn.expert@demo.parley.example  (run with --reset to re-seed)");
        } else {
            logins.forEach(login -> out.printf("  %-38s %s%n", login.email(), login.who()));
        }
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
