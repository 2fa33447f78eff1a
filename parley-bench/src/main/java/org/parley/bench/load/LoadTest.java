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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.bench.eval.EvaluationData;
import org.parley.bench.eval.LatencyProbe;

/**
 * A bounded load generator for one local {@code parley serve} node: N concurrent virtual users (one
 * virtual thread each) mixing screening, decisions, views and sign-ins, until a duration or a request
 * count is reached; writes throughput, p50/p99 latency and errors per action to the {@code --report}
 * file. Requests go to 127.0.0.1 only.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar org.parley.bench.load.LoadTest \
 *     --base http://127.0.0.1:8080 --users 200 --duration 60 --max-requests 1000000 \
 *     --mix screen=70,decide=10,view=15,login=5 --email load@example.org --password '...' \
 *     --report load-report.txt
 * </pre>
 */
public final class LoadTest {
    private LoadTest() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException, IOException {
        LoadSettings settings = LoadSettings.parse(args);
        List<String> names = names(settings.seed());
        String heading = String.format(
                Locale.ROOT,
                "load test: %d users, at most %d s and %d requests, mix %s, against %s (%d query names)%n",
                settings.users(),
                settings.duration().toSeconds(),
                settings.maxRequests(),
                settings.mix(),
                settings.base(),
                names.size());
        Map<Action, Latencies> merged = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            merged.put(action, new Latencies());
        }
        long start = System.nanoTime();
        try (var users = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .executor(Executors.newVirtualThreadPerTaskExecutor())
                        .build()) {
            long deadline = start + settings.duration().toNanos();
            var budget = new AtomicLong(settings.maxRequests());
            List<Future<Map<Action, Latencies>>> running = new ArrayList<>();
            for (int i = 0; i < settings.users(); i++) {
                running.add(users.submit(new VirtualUser(i, settings, http, names, deadline, budget)));
            }
            for (Future<Map<Action, Latencies>> user : running) {
                user.get().forEach((action, latencies) -> merged.get(action).addAll(latencies));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.writeString(settings.report(), heading + report(merged, seconds), StandardCharsets.UTF_8);
    }

    static String report(Map<Action, Latencies> results, double seconds) {
        var text = new StringBuilder(String.format(Locale.ROOT, "elapsed %.1f s%n", seconds));
        text.append(String.format(
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
    private static List<String> names(long seed) {
        EvaluationData data = EvaluationData.fromSystemProperty();
        if (!data.isPresent()) {
            throw new IllegalStateException("the shared data folder is needed for query names: " + data.root()
                    + " (set -Dparley.shared.data=...)");
        }
        return LatencyProbe.queryMix(data, 5_000, seed);
    }
}
