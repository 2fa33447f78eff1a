package org.parley.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to run: where, how many users, at what total rate (requests per second, 0 for back to back),
 * how long to warm up and then measure, how many requests at most, the mix of actions (weights), and
 * where to write the report. Only loopback targets are accepted: this tool is for measuring a local node,
 * not for loading anyone else's server. Immutable.
 */
record LoadSettings(
        URI base,
        int users,
        double rate,
        Duration warmup,
        Duration duration,
        long maxRequests,
        Map<Action, Integer> mix,
        String email,
        String password,
        long seed,
        Path report) {

    LoadSettings {
        requireLoopback(base);
        if (users < 1 || users > 10_000) {
            throw new IllegalArgumentException("--users must be between 1 and 10000, got " + users);
        }
        if (rate < 0 || rate > 1_000_000) {
            throw new IllegalArgumentException("--rate must be between 0 (back to back) and 1000000, got " + rate);
        }
        if (warmup.isNegative() || warmup.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--warmup must be between 0 and an hour, got " + warmup);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--duration must be positive and at most an hour, got " + duration);
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("--max-requests must be positive, got " + maxRequests);
        }
        if (mix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("--mix needs at least one positive weight");
        }
        mix = Map.copyOf(mix);
    }

    /** {@code --name value} pairs; see {@link LoadTest} for the names. */
    static LoadSettings parse(String... args) {
        Map<String, String> options = new HashMap<>(Map.ofEntries(
                Map.entry("--base", "http://127.0.0.1:8080"),
                Map.entry("--users", "200"),
                Map.entry("--rate", "0"),
                Map.entry("--warmup", "10"),
                Map.entry("--duration", "60"),
                Map.entry("--max-requests", "1000000"),
                Map.entry("--mix", "screen=70,decide=10,view=8,page=8,release=4"),
                Map.entry("--email", "load@example.org"),
                Map.entry("--password", "load test password"),
                Map.entry("--seed", "1"),
                Map.entry("--report", "load-report.txt")));
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "unknown option or missing value: " + args[i] + " (options: " + options.keySet() + ")");
            }
            options.put(args[i], args[i + 1]);
        }
        return new LoadSettings(
                URI.create(options.get("--base")),
                Integer.parseInt(options.get("--users")),
                Double.parseDouble(options.get("--rate")),
                Duration.ofSeconds(Long.parseLong(options.get("--warmup"))),
                Duration.ofSeconds(Long.parseLong(options.get("--duration"))),
                Long.parseLong(options.get("--max-requests")),
                mix(options.get("--mix")),
                options.get("--email"),
                options.get("--password"),
                Long.parseLong(options.get("--seed")),
                Path.of(options.get("--report")));
    }

    private static Map<Action, Integer> mix(String text) {
        Map<Action, Integer> mix = new EnumMap<>(Action.class);
        for (String part : text.split(",")) {
            String[] pair = part.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("--mix entries look like screen=70, got " + part);
            }
            mix.put(Action.valueOf(pair[0].strip().toUpperCase(Locale.ROOT)), Integer.parseInt(pair[1].strip()));
        }
        return mix;
    }

    private static void requireLoopback(URI base) {
        try {
            if (!"http".equals(base.getScheme())
                    || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        "--base must be an http URL on this machine (127.0.0.1), got " + base);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in --base " + base, e);
        }
    }
}
