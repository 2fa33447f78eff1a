package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.web.screening.ScreeningApi;
import org.parley.web.system.HealthRoutes;
import org.parley.web.system.RequestMetrics;

class WebServerTest {
    @TempDir
    static Path temp;

    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var store = new ListStore(temp.resolve("lists"), Clock.systemUTC(), path -> {
            throw new IllegalStateException("no list files in this test");
        });
        var lists = new ActiveLists(store, snapshot -> {
            throw new IllegalStateException("validation must fail before screening");
        });
        var metrics = new RequestMetrics();
        var settings = new WebSettings("127.0.0.1", 0, 1024, false);
        server = WebServer.start(
                settings,
                metrics,
                List.of(new HealthRoutes(metrics, () -> Map.of("node", "test")), new ScreeningApi(lists, 0.8)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersUp() throws Exception {
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"node\":\"test\"");
    }

    @Test
    void metricsCountRequestsPerRoute() throws Exception {
        get("/health");
        var response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("parley_http_requests").contains("route=\"/health\"");
    }

    @Test
    void invalidJsonIsA400WithAMessage() throws Exception {
        var response = post("/api/v1/screen", "{\"name\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid JSON").doesNotContain("Exception");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        var response = post("/api/v1/screen", "{\"country\": \"CN\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"fields\":{\"name\":\"is required\"}");
    }

    @Test
    void anUnknownCountryIsRefused() throws Exception {
        var response = post("/api/v1/screen", "{\"name\": \"Huawei\", \"country\": \"XX\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"country\"");
    }

    @Test
    void unknownFieldsAreRefused() throws Exception {
        var response = post("/api/v1/screen", "{\"name\": \"Huawei\", \"nmae\": \"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("nmae");
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        var response = post("/api/v1/screen", "{\"name\": \"" + "x".repeat(4096) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void unknownPathsGetAJson404() throws Exception {
        var response = get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"not found: /api/v1/nothing-here\"");
    }
}
