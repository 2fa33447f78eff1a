package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.web.testing.MemoryDatabase;
import org.parley.web.testing.TestNode;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, ::1");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void theClientIsTheRightMostForwardedAddressThatIsNotAProxy() {
        assertThat(PROXIES.client("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(PROXIES.client("10.1.2.3", "198.51.100.1, 203.0.113.7, 10.9.9.9"))
                .as("the left-most entry is whatever the client wrote")
                .isEqualTo("203.0.113.7");
        assertThat(PROXIES.client("192.0.2.50", "203.0.113.7"))
                .as("from an untrusted connection the header is ignored")
                .isEqualTo("192.0.2.50");
        assertThat(PROXIES.client("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(PROXIES.client("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
        assertThat(PROXIES.client("::1", "2001:db8::5")).isEqualTo("2001:db8::5");
        assertThat(PROXIES.trusts("10.255.0.1")).isTrue();
        assertThat(PROXIES.trusts("11.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
    }

    @Test
    void anEntryThatIsNotAnAddressIsRefusedByName() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.example.org");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/33");
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnSignInAllowance() throws Exception {
        var settings = new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_MAX_REQUEST_BYTES, false, PROXIES);
        try (MemoryDatabase memory = new MemoryDatabase();
                TestNode node = TestNode.start(memory.database, temp, settings)) {
            URI session = URI.create("http://127.0.0.1:" + node.server().port() + "/api/v1/session");
            for (int i = 0; i < 5; i++) {
                signIn(session, "203.0.113.7");
            }

            assertThat(signIn(session, "203.0.113.7")).as("the guessing client").isEqualTo(429);
            assertThat(signIn(session, "203.0.113.8"))
                    .as("another client of the same proxy")
                    .isEqualTo(401);
        }
    }

    @Test
    void withoutTrustedProxiesAForgedHeaderDoesNotEscapeTheThrottle() throws Exception {
        try (MemoryDatabase memory = new MemoryDatabase();
                TestNode node = TestNode.start(memory.database, temp)) {
            URI session = URI.create("http://127.0.0.1:" + node.server().port() + "/api/v1/session");
            for (int i = 0; i < 5; i++) {
                signIn(session, "203.0.113." + i);
            }

            assertThat(signIn(session, "198.51.100.99")).isEqualTo(429);
        }
    }

    /** A failed sign-in for the administrator, as if forwarded for {@code client}; returns the status. */
    private static int signIn(URI session, String client) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(session)
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", client)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"" + TestNode.ADMIN_EMAIL + "\", \"password\": \"wrong password\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
