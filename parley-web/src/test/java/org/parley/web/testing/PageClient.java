package org.parley.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without scripts: follows no redirects by itself, keeps cookies, posts forms as
 * {@code application/x-www-form-urlencoded} with the CSRF token of the last page it read. Shows
 * that every page works without htmx. Not thread-safe.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final int port;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrfToken = "";

    public PageClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The server's answer. */
    public record Response(int status, String body, HttpHeaders headers) {
        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    /** Sends {@code value} as header {@code name} with every later request, e.g. {@code Accept-Language}. */
    public PageClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        Response response = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** Posts the fields plus the current page's CSRF token (unless {@code _csrf} is among them). */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrfToken);
        all.putAll(fields);
        return post(path, List.copyOf(all.entrySet()), Map.of());
    }

    /**
     * Posts fields that may repeat (e.g. ticked checkboxes) as they are, with extra headers for this
     * request only (e.g. {@code HX-Request}); add the CSRF token with {@link #csrf()}.
     */
    public Response post(String path, List<Map.Entry<String, String>> fields, Map<String, String> extraHeaders) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(request::header);
        return send(request);
    }

    /** Posts a {@code multipart/form-data} form with one file, plus the current page's CSRF token. */
    public Response postFile(String path, Map<String, String> fields, String fileName, String type, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrfToken);
        all.putAll(fields);
        var form = new MultipartForm();
        all.forEach(form::field);
        form.file(fileName, type, content);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
    }

    /** The CSRF token of the last page read, as a form field. */
    public Map.Entry<String, String> csrf() {
        return Map.entry("_csrf", csrfToken);
    }

    /** Follows a redirect (303 after a form) to the page it names. */
    public Response follow(Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(303);
        return get(redirect.location());
    }

    /** Signs in through the sign-in form; fails the test unless it worked. */
    public PageClient signIn(String email, String password) {
        get("/sign-in");
        Response response = post("/sign-in", Map.of("email", email, "password", password, "next", "/"));
        assertThat(response.location()).as("redirect after sign-in").isEqualTo("/");
        follow(response);
        return this;
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::header);
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
