package org.parley.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the page views and releases of a load test work on, made through the API by the load account
 * (an administrator) before the users start: a group with two sides, the load account seated on the
 * first, three recipients on the second (one of them a listed organisation, so that releases withhold
 * as well as deliver), and a classified joint document. Every run makes a new group, so runs do not
 * disturb each other's figures.
 */
record LoadFixture(long groupId, long versionId, List<Long> recipientIds) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The recipients of every release: name, organisation, nationality. */
    private static final List<List<String>> RECIPIENTS = List.of(
            List.of("Chen Jing", "Shanghai Microelectronics Standards Forum", "CN"),
            List.of("Li Ming", "Harbin Institute of Technology", "CN"),
            List.of("Maria Keller", "Keller Semiconductor Consulting", "DE"));

    /** Sets the fixture up on the node at {@code base} as {@code email}; fails with the node's answer. */
    static LoadFixture create(HttpClient http, URI base, String email, String password)
            throws IOException, InterruptedException {
        var admin = new Caller(http, base);
        JsonNode session = admin.signIn(email, password);
        long userId = session.get("user").get("id").asLong();
        JsonNode group = admin.send("POST", "/api/v1/groups", """
                {"name": "Load test %s", "charter": "Measures the node under load.",
                 "sides": [{"name": "Side A", "memberCap": 10}, {"name": "Side B", "memberCap": 10}]}""".formatted(Instant.now()));
        long groupId = group.get("id").asLong();
        JsonNode sides = admin.send("GET", "/api/v1/groups/" + groupId + "/sides", null);
        long sideA = sides.get(0).get("id").asLong();
        long sideB = sides.get(1).get("id").asLong();
        admin.send(
                "POST", "/api/v1/sides/" + sideA + "/members", member(userId, "Load Author", "Load Association", "US"));
        List<Long> recipients = new ArrayList<>();
        for (List<String> person : RECIPIENTS) {
            JsonNode member = admin.send(
                    "POST",
                    "/api/v1/sides/" + sideB + "/members",
                    member(null, person.get(0), person.get(1), person.get(2)));
            recipients.add(member.get("id").asLong());
        }
        JsonNode document = admin.send("POST", "/api/v1/groups/" + groupId + "/documents", """
                {"title": "Interoperability test profile", "ownerSideId": %d, "visibility": "JOINT"}""".formatted(sideA));
        JsonNode version = admin.send(
                "POST",
                "/api/v1/documents/" + document.get("id").asLong() + "/versions?fileName=profile.txt&language=en",
                "Interoperability test profile, draft for the plenary.");
        long versionId = version.get("id").asLong();
        admin.send("PUT", "/api/v1/versions/" + versionId + "/classification", """
                {"itemKind": "technology", "eccn": "EAR99", "publicStatus": "unpublished"}""");
        return new LoadFixture(groupId, versionId, List.copyOf(recipients));
    }

    /** The body of one release to all the fixture's recipients. */
    String releaseBody() {
        return "{\"target\": {\"kind\": \"people\", \"memberIds\": " + recipientIds + "}}";
    }

    /** Whether the node's audit chain and release ledger verify intact, as its verification reports it. */
    static String auditVerification(HttpClient http, URI base, String email, String password)
            throws IOException, InterruptedException {
        var admin = new Caller(http, base);
        admin.signIn(email, password);
        return admin.send("GET", "/api/v1/audit/verification", null).toString();
    }

    /** The body of {@code POST /api/v1/sides/{id}/members} for an expert. */
    private static String member(Long userId, String name, String organisation, String nationality) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@load.example.org";
        return """
                {"userId": %s, "fullName": %s, "organisation": %s, "email": %s, "preferredLanguage": "en",
                 "timeZone": "UTC", "role": "EXPERT", "nationalities": [%s]}""".formatted(
                        userId,
                        JSON.writeValueAsString(name),
                        JSON.writeValueAsString(organisation),
                        JSON.writeValueAsString(email),
                        JSON.writeValueAsString(nationality));
    }

    /** One signed-in API caller with its cookie and CSRF token. Not thread-safe. */
    private static final class Caller {
        private final HttpClient http;
        private final URI base;
        private String cookie = "";
        private String csrf = "";

        Caller(HttpClient http, URI base) {
            this.http = http;
            this.base = base;
        }

        JsonNode signIn(String email, String password) throws IOException, InterruptedException {
            String body = JSON.writeValueAsString(Map.of("email", email, "password", password));
            HttpResponse<String> response = exchange("POST", "/api/v1/session", body);
            cookie = response.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("parley_session="))
                    .map(value -> value.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow(() -> new IOException("the node set no session cookie"));
            JsonNode session = JSON.readTree(response.body());
            csrf = session.get("csrfToken").asString();
            return session;
        }

        JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
            return JSON.readTree(exchange(method, path, body).body());
        }

        private HttpResponse<String> exchange(String method, String path, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(TIMEOUT)
                    .header("Content-Type", path.contains("/versions?") ? "text/plain" : "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("load fixture: " + method + " " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response;
        }
    }
}
