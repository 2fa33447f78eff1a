package org.parley.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated person: signs in, then screens names, decides releases, views the group and its page,
 * releases the fixture's document and signs in again, in the configured mix, paced by {@link Arrivals},
 * until the window closes or the shared request budget runs out. Each user keeps its own session cookie
 * and CSRF token. Not thread-safe: one thread per user.
 */
final class VirtualUser {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** When the measured part runs: requests intended before {@code measureFrom} warm up and are not recorded. */
    record Window(long start, long measureFrom, long end) {}

    private final LoadSettings settings;
    private final HttpClient http;
    private final List<String> names;
    private final LoadFixture fixture;
    private final AtomicLong budget;
    private final SplittableRandom random;
    private final Map<Action, Latencies> latencies = new EnumMap<>(Action.class);
    private String cookie;
    private String csrf;

    VirtualUser(
            int index,
            LoadSettings settings,
            HttpClient http,
            List<String> names,
            LoadFixture fixture,
            AtomicLong budget) {
        this.settings = settings;
        this.http = http;
        this.names = names;
        this.fixture = fixture;
        this.budget = budget;
        this.random = new SplittableRandom(settings.seed() * 1_000_003L + index);
        for (Action action : Action.values()) {
            latencies.put(action, new Latencies());
        }
    }

    /** Signs in before the window opens; returns how long it took, and whether it worked. */
    Latencies signIn() throws InterruptedException {
        var signIn = new Latencies();
        long start = System.nanoTime();
        String failure = send(Action.LOGIN);
        signIn.record((System.nanoTime() - start) / 1_000, failure == null && cookie == null ? "no session" : failure);
        return signIn;
    }

    /** Works through the window; returns the latencies of the requests intended in its measured part. */
    Map<Action, Latencies> run(Window window) throws InterruptedException {
        var arrivals = new Arrivals(random, settings.rate() / settings.users(), window.start());
        while (arrivals.next() < window.end() && budget.getAndDecrement() > 0) {
            long intended = arrivals.next();
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            // Someone whose sign-in failed (e.g. timed out) signs in again before anything else.
            Action action = cookie == null ? Action.LOGIN : next();
            String failure = send(action);
            long end = System.nanoTime();
            if (intended >= window.measureFrom()) {
                latencies.get(action).record((end - intended) / 1_000, failure);
            }
            arrivals.advance(end);
        }
        return latencies;
    }

    private Action next() {
        int total = settings.mix().values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Action action : Action.values()) {
            pick -= settings.mix().getOrDefault(action, 0);
            if (pick < 0) {
                return action;
            }
        }
        throw new IllegalStateException("weights changed");
    }

    /** Sends one request; returns why it failed (HTTP status or exception), or null when it succeeded. */
    private String send(Action action) throws InterruptedException {
        HttpRequest request = switch (action) {
            case SCREEN -> post("/api/v1/screen", "{\"name\": " + JSON.writeValueAsString(name()) + "}");
            case DECIDE -> post("/api/v1/decide", decision());
            case VIEW -> builder("/api/v1/groups").GET().build();
            case PAGE -> builder("/groups/" + fixture.groupId()).GET().build();
            case RELEASE -> post("/api/v1/versions/" + fixture.versionId() + "/releases", fixture.releaseBody());
            case LOGIN -> login();
        };
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return "HTTP " + response.statusCode();
            }
            if (action == Action.LOGIN) {
                keepSession(response);
            }
            return null;
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            return e.getClass().getSimpleName() + ": " + message.substring(0, Math.min(60, message.length()));
        }
    }

    private HttpRequest login() {
        String body = "{\"email\": " + JSON.writeValueAsString(settings.email()) + ", \"password\": "
                + JSON.writeValueAsString(settings.password()) + "}";
        return HttpRequest.newBuilder(settings.base().resolve("/api/v1/session"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private void keepSession(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("parley_session="))
                .findFirst()
                .ifPresent(value ->
                        cookie = value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')));
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private HttpRequest post(String path, String json) {
        return builder(path)
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf == null ? "" : csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(settings.base() + path)).timeout(TIMEOUT);
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }

    private String name() {
        return names.get(random.nextInt(names.size()));
    }

    private String decision() {
        return """
                {"id": "load", "date": "2026-10-01",
                 "item": {"kind": "technology", "eccn": "5E002", "forEccn": "5A002.a"},
                 "recipient": {"name": %s, "kind": "organization", "country": "CN"},
                 "purpose": "commercial"}""".formatted(JSON.writeValueAsString(name()));
    }
}
