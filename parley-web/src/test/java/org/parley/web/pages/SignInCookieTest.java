package org.parley.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.web.testing.MemoryDatabase;
import org.parley.web.testing.TestNode;

/**
 * The cookies of the sign-in page: hardened (HttpOnly, SameSite=Lax, Secure behind HTTPS), and a
 * session cookie planted before sign-in (session fixation) is replaced, not adopted.
 */
class SignInCookieTest {

    private static final String FORM_TOKEN = "planted-form-token";

    @TempDir
    Path temp;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageSetsHardenedCookiesAndSecureOnesBehindHttps() throws Exception {
        try (MemoryDatabase memory = new MemoryDatabase();
                TestNode plain = TestNode.start(memory.database, temp.resolve("plain"));
                MemoryDatabase secureMemory = new MemoryDatabase();
                TestNode secure = TestNode.start(secureMemory.database, temp.resolve("secure"), true)) {
            for (TestNode node : new TestNode[] {plain, secure}) {
                String preSession = cookie(get(node, "/sign-in", ""), "parley_presession");
                String session = cookie(signIn(node, ""), "parley_session");

                for (String cookie : new String[] {preSession, session}) {
                    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
                    if (node == secure) {
                        assertThat(cookie).containsIgnoringCase("Secure");
                    } else {
                        assertThat(cookie).doesNotContainIgnoringCase("Secure");
                    }
                }
            }
        }
    }

    @Test
    void aSessionCookiePlantedBeforeSignInIsReplacedByANewOne() throws Exception {
        try (MemoryDatabase memory = new MemoryDatabase();
                TestNode node = TestNode.start(memory.database, temp)) {
            // The attacker's own valid session, planted in the victim's browser.
            String planted = value(cookie(signIn(node, ""), "parley_session"));

            HttpResponse<String> victim = signIn(node, "parley_session=" + planted + "; ");
            String issued = value(cookie(victim, "parley_session"));

            assertThat(victim.headers().firstValue("Location")).hasValue("/");
            assertThat(issued).isNotBlank().isNotEqualTo(planted);
            assertThat(get(node, "/api/v1/session", "parley_session=" + issued).statusCode())
                    .isEqualTo(200);
        }
    }

    private HttpResponse<String> signIn(TestNode node, String extraCookies) throws Exception {
        String form = "_csrf=" + FORM_TOKEN + "&email=" + encode(TestNode.ADMIN_EMAIL) + "&password="
                + encode(TestNode.ADMIN_PASSWORD) + "&next=%2F";
        return send(HttpRequest.newBuilder(uri(node, "/sign-in"))
                .header("Cookie", extraCookies + "parley_presession=" + FORM_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> get(TestNode node, String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(TestNode node, String path) {
        return URI.create("http://127.0.0.1:" + node.server().port() + path);
    }

    /** The whole Set-Cookie header of the named cookie; fails when the response sets none. */
    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
