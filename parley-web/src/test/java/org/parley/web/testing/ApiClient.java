package org.parley.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.parley.web.auth.Authentication;
import org.parley.web.system.Json;
import tools.jackson.databind.JsonNode;

/**
 * A JSON client of one test node, acting like a browser (its own cookie jar, sends the CSRF token it
 * got at sign-in) or like a script (a Bearer token). Not thread-safe.
 */
public final class ApiClient {

    private final int port;
    private final HttpClient http;
    private String csrfToken;
    private String bearerToken;
    private String cookieHeader;

    public ApiClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The server's answer. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return Json.MAPPER.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** Signs in and keeps the session cookie and CSRF token; fails the test unless it worked. */
    public ApiClient signIn(String email, String password) {
        Response response = signInAttempt(email, password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        csrfToken = response.json().get("csrfToken").asString();
        return this;
    }

    public Response signInAttempt(String email, String password) {
        return post("/api/v1/session", Json.MAPPER.writeValueAsString(new Credentials(email, password)));
    }

    private record Credentials(String email, String password) {}

    public String csrfToken() {
        return csrfToken;
    }

    /** Sends this CSRF token from now on (null: none). */
    public ApiClient csrfToken(String token) {
        this.csrfToken = token;
        return this;
    }

    /** Authenticates with this API token instead of cookies. */
    public ApiClient bearer(String token) {
        this.bearerToken = token;
        return this;
    }

    /** Sends this Cookie header as well, as a forger would (null: only the jar's cookies). */
    public ApiClient cookieHeader(String value) {
        this.cookieHeader = value;
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfToken != null) {
            request.header(Authentication.CSRF_HEADER, csrfToken);
        }
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
