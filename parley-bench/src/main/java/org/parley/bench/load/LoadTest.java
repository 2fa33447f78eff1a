package org.parley.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.bench.eval.EvaluationData;
import org.parley.bench.eval.LatencyProbe;

/**
 * A bounded load generator for one local {@code parley serve} node. It makes a fixture (a group, a
 * classified document, three recipients) as the load account, signs N virtual users in (one virtual
 * thread each), lets them warm up, then measures them mixing screening, decisions, API and page views,
 * releases and sign-ins, paced to a total rate or back to back, until a duration or a request count is
 * reached. It writes throughput, p50/p99 latency and errors per action, and the node's audit
 * verification afterwards, to the {@code --report} file. Requests go to 127.0.0.1 only.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar org.parley.bench.load.LoadTest \
 *     --base http://127.0.0.1:8080 --users 200 --rate 2500 --warmup 10 --duration 60 \
 *     --max-requests 1000000 --mix screen=70,decide=10,view=8,page=8,release=4 \
 *     --email load@example.org --password '...' --report load-report.txt
 * </pre>
 */
public final class LoadTest {
    private LoadTest() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException, IOException {
        LoadSettings settings = LoadSettings.parse(args);
        Files.writeString(settings.report(), run(settings, names(settings.seed())), StandardCharsets.UTF_8);
    }

    /** Runs the whole test against the node and returns the report. */
    static String run(LoadSettings settings, List<String> names)
            throws InterruptedException, ExecutionException, IOException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .executor(Executors.newVirtualThreadPerTaskExecutor())
                        .build()) {
            var fixture = LoadFixture.create(http, settings.base(), settings.email(), settings.password());
            var budget = new AtomicLong(settings.maxRequests());
            List<VirtualUser> users = new ArrayList<>();
            for (int i = 0; i < settings.users(); i++) {
                users.add(new VirtualUser(i, settings, http, names, fixture, budget));
            }
            long signInStart = System.nanoTime();
            Latencies signIns = new Latencies();
            for (Latencies one : all(
                    threads,
                    users.stream()
                            .<Callable<Latencies>>map(user -> user::signIn)
                            .toList())) {
                signIns.addAll(one);
            }
            double signInSeconds = (System.nanoTime() - signInStart) / 1e9;

            long start = System.nanoTime();
            long measureFrom = start + settings.warmup().toNanos();
            var window = new VirtualUser.Window(
                    start, measureFrom, measureFrom + settings.duration().toNanos());
            Map<Action, Latencies> merged = new EnumMap<>(Action.class);
            for (Action action : Action.values()) {
                merged.put(action, new Latencies());
            }
            List<Callable<Map<Action, Latencies>>> work = users.stream()
                    .<Callable<Map<Action, Latencies>>>map(user -> () -> user.run(window))
                    .toList();
            for (Map<Action, Latencies> one : all(threads, work)) {
                one.forEach((action, latencies) -> merged.get(action).addAll(latencies));
            }
            double measured = Math.max(1e-9, (System.nanoTime() - measureFrom) / 1e9);
            String audit = LoadFixture.auditVerification(http, settings.base(), settings.email(), settings.password());
            return heading(settings, names.size())
                    + String.format(
                            Locale.ROOT,
                            "sign-in of %d users before the window: %.1f s, p50 %.0f ms, p99 %.0f ms, %d errors %s%n",
                            signIns.count(),
                            signInSeconds,
                            signIns.quantileMillis(0.50),
                            signIns.quantileMillis(0.99),
                            signIns.errors(),
                            signIns.failures())
                    + String.format(
                            Locale.ROOT,
                            "measured %.1f s after %d s of warm-up (latency counted from each request's intended"
                                    + " send time)%n",
                            measured,
                            settings.warmup().toSeconds())
                    + report(merged, measured)
                    + "audit verification afterwards: " + audit + System.lineSeparator();
        }
    }

    private static <T> List<T> all(ExecutorService threads, List<Callable<T>> tasks)
            throws InterruptedException, ExecutionException {
        List<T> results = new ArrayList<>();
        for (Future<T> future : threads.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }

    private static String heading(LoadSettings settings, int names) {
        return String.format(
                Locale.ROOT,
                "load test: %d users, %s, at most %d s and %d requests, mix %s, against %s (%d query names)%n",
                settings.users(),
                settings.rate() > 0
                        ? String.format(Locale.ROOT, "paced to %.0f req/s in total", settings.rate())
                        : "back to back",
                settings.duration().toSeconds(),
                settings.maxRequests(),
                settings.mix(),
                settings.base(),
                names);
    }

    static String report(Map<Action, Latencies> results, double seconds) {
        var text = new StringBuilder(String.format(
                Locale.ROOT,
                "%-8s %10s %9s %9s %9s %9s%n",
                "action",
                "requests",
                "req/s",
                "p50 ms",
                "p99 ms",
                "errors"));
        Latencies all = new Latencies();
        for (var entry : results.entrySet()) {
            append(text, entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue(), seconds);
            all.addAll(entry.getValue());
        }
        append(text, "total", all, seconds);
        if (all.errors() > 0) {
            text.append("errors by cause: ").append(all.failures()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String label, Latencies latencies, double seconds) {
        text.append(String.format(
                Locale.ROOT,
                "%-8s %10d %9.0f %9.2f %9.2f %9d%n",
                label,
                latencies.count(),
                latencies.count() / seconds,
                latencies.quantileMillis(0.50),
                latencies.quantileMillis(0.99),
                latencies.errors()));
    }

    /** Realistic query names from the evaluation data (list-derived with typos, and negatives). */
    static List<String> names(long seed) {
        EvaluationData data = EvaluationData.fromSystemProperty();
        if (!data.isPresent()) {
            throw new IllegalStateException("the shared data folder is needed for query names: " + data.root()
                    + " (set -Dparley.shared.data=...)");
        }
        return LatencyProbe.queryMix(data, 5_000, seed);
    }
}
