package org.parley.web.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.web.auth.Authentication;
import org.parley.web.system.Json;
import org.parley.web.testing.MultipartForm;
import org.parley.web.testing.TestNode;

/**
 * Sends the matrix's requests as each {@link Who}: with that caller's session cookie and CSRF token set
 * explicitly on every request (no cookie jar, so a sign-out or a new flash cookie changes nothing for
 * the next request) and no redirects followed. The pre-session cookie of the public forms carries the
 * same token, so one token serves every form and API call. Thread-safe after construction.
 */
final class MatrixClient {

    private static final String ANONYMOUS_TOKEN = "anonymous-form-token";

    /** A caller's cookies and CSRF token. */
    private record Credentials(String cookies, String csrfToken) {}

    /** The answer: status, where a redirect goes (or null), and the flash cookie it sets (or empty). */
    record Answer(int status, String location, String flash, String body) {}

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<Who, Credentials> callers = new EnumMap<>(Who.class);

    MatrixClient(int port, AccessFixture fixture) {
        this.port = port;
        callers.put(Who.ANONYMOUS, new Credentials("parley_presession=" + ANONYMOUS_TOKEN, ANONYMOUS_TOKEN));
        for (Who who : Who.SIGNED_IN) {
            String password = who == Who.ADMIN ? TestNode.ADMIN_PASSWORD : TestNode.PASSWORD;
            callers.put(who, signIn(fixture.email(who), password));
        }
    }

    Answer send(Who who, String method, String path, RequestBody body, Map<String, String> ids) {
        Credentials caller = callers.get(who);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", caller.cookies())
                .header(Authentication.CSRF_HEADER, caller.csrfToken());
        request.method(method, content(request, body, caller.csrfToken(), ids));
        HttpResponse<String> response = exchange(request.build());
        String flash = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("parley_flash="))
                .map(cookie -> java.net.URLDecoder.decode(
                        cookie.substring("parley_flash=".length()).split(";")[0], StandardCharsets.UTF_8))
                .findFirst()
                .orElse("");
        return new Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(null), flash, response.body());
    }

    /** The body to send, with its {@code Content-Type} set on {@code request}. */
    private static HttpRequest.BodyPublisher content(
            HttpRequest.Builder request, RequestBody body, String token, Map<String, String> ids) {
        return switch (body) {
            case RequestBody.None none -> HttpRequest.BodyPublishers.noBody();
            case RequestBody.Json json -> {
                request.header("Content-Type", "application/json");
                yield HttpRequest.BodyPublishers.ofString(Placeholders.fill(json.template(), ids));
            }
            case RequestBody.Form form -> {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                yield HttpRequest.BodyPublishers.ofString(formText(fields(form, token, ids)));
            }
            case RequestBody.Multipart upload -> {
                var multipart = new MultipartForm();
                fields(upload.form(), token, ids).forEach(field -> multipart.field(field.getKey(), field.getValue()));
                multipart.file(
                        upload.fileName(),
                        upload.file().contentType(),
                        upload.file().content().getBytes(StandardCharsets.UTF_8));
                request.header("Content-Type", multipart.contentType());
                yield multipart.publisher();
            }
            case RequestBody.File file -> {
                request.header("Content-Type", file.contentType());
                yield HttpRequest.BodyPublishers.ofString(file.content());
            }
        };
    }

    private Credentials signIn(String email, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.MAPPER.writeValueAsString(Map.of("email", email, "password", password))))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot sign in " + email + ": " + response.body());
        }
        String session =
                response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = Json.MAPPER.readTree(response.body()).get("csrfToken").asString();
        return new Credentials(session + "; parley_presession=" + token, token);
    }

    /** The CSRF token, then the form's fields in order with their placeholders filled. */
    private static List<Map.Entry<String, String>> fields(
            RequestBody.Form form, String token, Map<String, String> ids) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry(Authentication.CSRF_FIELD, token));
        form.fields().forEach(field -> fields.add(Map.entry(field.getKey(), Placeholders.fill(field.getValue(), ids))));
        return fields;
    }

    private static String formText(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
