package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.parley.rules.DecisionEngine;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.match.NameScreener;
import org.parley.testing.FuzzCorpus;
import org.parley.testing.TestLists;
import org.parley.web.decisions.DecisionApi;
import org.parley.web.screening.ScreeningApi;
import org.parley.web.system.HealthRoutes;
import org.parley.web.system.Json;
import org.parley.web.system.RequestMetrics;

/**
 * Hostile bodies for {@code POST /api/v1/screen} and {@code POST /api/v1/decide}: every body is
 * answered 200 or 400 (413 when too large) with a JSON body, never 500 or a hang. The names go
 * through the real name matcher over a tiny fixture list.
 */
class RequestBodyFuzzTest {
    static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path temp;

    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var store = new ListStore(temp.resolve("lists"), Clock.systemUTC(), path -> {
            throw new IllegalStateException("no list files in this test");
        });
        var lists = new ActiveLists(store, snapshot -> NameScreener.of(TestLists.small()));
        var metrics = new RequestMetrics();
        server = WebServer.start(
                new WebSettings("127.0.0.1", 0, MAX_BODY, false),
                metrics,
                List.of(
                        new HealthRoutes(metrics, Map::of),
                        new ScreeningApi(lists, NameScreener.DEFAULT_THRESHOLD),
                        new DecisionApi(lists, Regulations.load(), DecisionEngine.DEFAULT_THRESHOLD)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "60s")
    void screenBody(byte[] body) {
        expectAnswerOrRefusal(post("/api/v1/screen", body), body, "hits");
    }

    @FuzzTest(maxDuration = "60s")
    void decideBody(byte[] body) {
        expectAnswerOrRefusal(post("/api/v1/decide", body), body, "outcome");
    }

    @Test
    void seededMutantsOfScreenBodies() {
        FuzzCorpus.runMutants(getClass(), "screenBody", 20_260_802L, 300, this::screenBody);
    }

    @Test
    void seededMutantsOfDecideBodies() {
        FuzzCorpus.runMutants(getClass(), "decideBody", 20_260_803L, 300, this::decideBody);
    }

    private static void expectAnswerOrRefusal(HttpResponse<String> response, byte[] body, String answerField) {
        if (body.length > MAX_BODY) {
            assertThat(response.statusCode()).isEqualTo(413);
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        var json = Json.MAPPER.readTree(response.body());
        assertThat(json.has(response.statusCode() == 200 ? answerField : "error"))
                .as(response.body())
                .isTrue();
    }

    static HttpResponse<String> post(String path, byte[] body) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
