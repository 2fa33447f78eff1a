package org.parley.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.Database;
import org.parley.core.testing.DatabaseTest;
import org.parley.web.testing.ApiClient;
import org.parley.web.testing.TestNode;

/** Sign-in, sessions, CSRF and API tokens over HTTP, on H2 and PostgreSQL. */
class SessionApiTest {

    private static final String GROUP = "{\"name\": \"Other WG\", \"charter\": \"c\","
            + " \"sides\": [{\"name\": \"A\", \"memberCap\": 2}, {\"name\": \"B\", \"memberCap\": 2}]}";

    @TempDir
    Path temp;

    @DatabaseTest
    void signInSetsAHardenedCookieAndAnswersWithTheUserAndACsrfToken(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient.Response response = node.client().signInAttempt(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("user").get("email").asString()).isEqualTo(TestNode.ADMIN_EMAIL);
            assertThat(response.json().get("csrfToken").asString()).isNotBlank();
            assertThat(response.body()).doesNotContain("password");
            String cookie = response.header("Set-Cookie").orElseThrow();
            assertThat(cookie)
                    .startsWith("parley_session=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure");
        }
    }

    @DatabaseTest
    void cookiesAreMarkedSecureWhenTheNodeIsServedOverHttps(Database database) {
        try (TestNode node = TestNode.start(database, temp, true)) {
            ApiClient.Response response = node.client().signInAttempt(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);

            assertThat(response.header("Set-Cookie").orElseThrow()).containsIgnoringCase("Secure");
        }
    }

    @DatabaseTest
    void aWrongPasswordAndAnUnknownEmailGetTheSame401(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient.Response wrongPassword = node.client().signInAttempt(TestNode.ADMIN_EMAIL, "not the password");
            ApiClient.Response unknown = node.client().signInAttempt("nobody@example.org", "not the password");

            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(unknown.json().get("error"))
                    .isEqualTo(wrongPassword.json().get("error"));
            assertThat(wrongPassword.header("Set-Cookie")).isEmpty();
        }
    }

    @DatabaseTest
    void requestsWithoutSessionAre401AndTheSessionAnswersOnceSignedIn(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient.Response anonymous = node.client().get("/api/v1/groups");
            ApiClient admin = node.admin();

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("error").asString()).isEqualTo("sign in first");
            assertThat(admin.get("/api/v1/groups").status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/session").json().get("csrfToken").asString())
                    .isEqualTo(admin.csrfToken());
        }
    }

    @DatabaseTest
    void stateChangesWithACookieNeedTheSessionsCsrfToken(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();
            String token = admin.csrfToken();

            ApiClient.Response missing = admin.csrfToken(null).post("/api/v1/groups", GROUP);
            ApiClient.Response wrong = admin.csrfToken(token + "x").post("/api/v1/groups", GROUP);
            ApiClient.Response right = admin.csrfToken(token).post("/api/v1/groups", GROUP);

            assertThat(missing.status()).isEqualTo(403);
            assertThat(missing.json().get("error").asString()).contains("CSRF");
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(right.status()).isEqualTo(201);
        }
    }

    @DatabaseTest
    void aCsrfTokenWorksOnlyWithItsOwnSession(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            String otherSessionsToken = node.admin().csrfToken();
            ApiClient admin = node.admin();
            String ownToken = admin.csrfToken();

            ApiClient.Response response = admin.csrfToken(otherSessionsToken).post("/api/v1/groups", GROUP);

            assertThat(otherSessionsToken).isNotEqualTo(ownToken);
            assertThat(response.status()).isEqualTo(403);
        }
    }

    @DatabaseTest
    void signInStartsANewSessionEvenWhenOneIsPresent(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient client = node.admin();
            String firstToken = client.csrfToken();

            String secondToken =
                    client.signIn(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD).csrfToken();

            assertThat(secondToken).isNotEqualTo(firstToken);
            assertThat(client.csrfToken(firstToken)
                            .post("/api/v1/groups", GROUP)
                            .status())
                    .isEqualTo(403);
        }
    }

    @DatabaseTest
    void aForgedOrAlteredCookieIsRefused(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            String cookie = node.client()
                    .signInAttempt(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD)
                    .header("Set-Cookie")
                    .orElseThrow()
                    .split(";")[0];
            String value = cookie.substring(cookie.indexOf('=') + 1);
            // Flip one character inside the payload (not the last one, whose low bits Base64 may ignore).
            int at = value.indexOf('.') / 2;
            String altered = value.substring(0, at) + (value.charAt(at) == 'A' ? 'B' : 'A') + value.substring(at + 1);

            assertThat(node.client().cookieHeader(cookie).get("/api/v1/session").status())
                    .isEqualTo(200);
            assertThat(node.client()
                            .cookieHeader("parley_session=" + altered)
                            .get("/api/v1/session")
                            .status())
                    .isEqualTo(401);
            assertThat(node.client()
                            .cookieHeader("parley_session=forged.value")
                            .get("/api/v1/session")
                            .status())
                    .isEqualTo(401);
        }
    }

    @DatabaseTest
    void sessionsExpire(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();

            node.scenario.clock.advance(TestNode.SESSION_LIFETIME.plusSeconds(1));

            assertThat(admin.get("/api/v1/session").status()).isEqualTo(401);
        }
    }

    @DatabaseTest
    void signingOutClearsTheCookie(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();

            ApiClient.Response signOut = admin.delete("/api/v1/session");

            assertThat(signOut.status()).isEqualTo(204);
            assertThat(signOut.header("Set-Cookie").orElseThrow())
                    .startsWith("parley_session=;")
                    .contains("Expires=Thu, 01 Jan 1970");
            assertThat(admin.get("/api/v1/session").status()).isEqualTo(401);
        }
    }

    @DatabaseTest
    void aBearerTokenWorksWithoutCsrfUntilRevoked(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            ApiClient admin = node.admin();
            var issued = admin.post("/api/v1/tokens", "{\"label\": \"ci\", \"validDays\": 30}");
            assertThat(issued.status()).isEqualTo(201);
            String token = issued.json().get("token").asString();
            ApiClient script = node.client().bearer(token);

            ApiClient.Response created = script.post("/api/v1/groups", GROUP);
            ApiClient.Response session = script.get("/api/v1/session");
            admin.delete("/api/v1/tokens/" + issued.json().get("id").asLong());

            assertThat(created.status()).isEqualTo(201);
            assertThat(session.json().get("csrfToken").isNull()).isTrue();
            assertThat(script.get("/api/v1/groups").status()).isEqualTo(401);
            assertThat(node.client().bearer("pt_guessed").get("/api/v1/groups").status())
                    .isEqualTo(401);
        }
    }

    @DatabaseTest
    void repeatedFailuresAreThrottledUntilTheWindowPasses(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            for (int i = 0; i < 5; i++) {
                assertThat(node.client()
                                .signInAttempt(TestNode.ADMIN_EMAIL, "guess " + i)
                                .status())
                        .isEqualTo(401);
            }

            ApiClient.Response throttled = node.client().signInAttempt(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);
            ApiClient.Response otherAccount = node.client().signInAttempt("other@example.org", "whatever it is");
            node.scenario.clock.advance(Duration.ofMinutes(15));
            ApiClient.Response later = node.client().signInAttempt(TestNode.ADMIN_EMAIL, TestNode.ADMIN_PASSWORD);

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).hasValue("900");
            assertThat(otherAccount.status()).isEqualTo(401);
            assertThat(later.status()).isEqualTo(200);
        }
    }

    @DatabaseTest
    void administratorsCreateAccountsAndOthersMayNot(Database database) {
        try (TestNode node = TestNode.start(database, temp)) {
            String user =
                    "{\"email\": \"new@example.org\", \"displayName\": \"New\", \"password\": \"a long password\"}";
            ApiClient admin = node.admin();

            ApiClient.Response created = admin.post("/api/v1/users", user);
            ApiClient newcomer = node.client().signIn("new@example.org", "a long password");
            ApiClient.Response refused = newcomer.post("/api/v1/users", user.replace("new@", "other@"));
            ApiClient.Response duplicate = admin.post("/api/v1/users", user);
            ApiClient.Response tooShort = admin.post("/api/v1/users", user.replace("a long password", "short"));

            assertThat(created.status()).isEqualTo(201);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(duplicate.status()).isEqualTo(409);
            assertThat(tooShort.status()).isEqualTo(400);
            assertThat(tooShort.json().get("fields").get("password").asString()).contains("12");
        }
    }
}
