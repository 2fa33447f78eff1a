package org.parley.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.parley.core.testing.TestClock;

class SessionCodecTest {

    private final TestClock clock = TestClock.at("2026-09-01T08:00:00Z");
    private final ServerSecret secret = ServerSecret.random();
    private final SessionCodec codec = new SessionCodec(secret, clock, Duration.ofHours(1));

    @Test
    void aCookieNamesItsSessionUntilItExpires() {
        Session session = codec.issue(42);
        String cookie = codec.encode(session);

        assertThat(codec.decode(cookie)).contains(session);
        clock.advance(Duration.ofHours(1));
        assertThat(codec.decode(cookie)).isEmpty();
    }

    @Test
    void everySessionHasItsOwnIdentifierAndCsrfToken() {
        Session first = codec.issue(42);
        Session second = codec.issue(42);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(codec.csrfToken(first)).isNotEqualTo(codec.csrfToken(second));
        assertThat(codec.csrfMatches(first, codec.csrfToken(first))).isTrue();
        assertThat(codec.csrfMatches(first, codec.csrfToken(second))).isFalse();
        assertThat(codec.csrfMatches(first, null)).isFalse();
    }

    @Test
    void aChangedPayloadOrAnotherSecretBreaksTheSignature() {
        String cookie = codec.encode(codec.issue(42));
        String payload = new String(Base64.getUrlDecoder().decode(cookie.substring(0, cookie.indexOf('.'))));
        String otherUser = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace("|42|", "|1|").getBytes())
                + cookie.substring(cookie.indexOf('.'));
        SessionCodec otherInstallation = new SessionCodec(ServerSecret.random(), clock, Duration.ofHours(1));

        assertThat(codec.decode(otherUser)).isEmpty();
        assertThat(otherInstallation.decode(cookie)).isEmpty();
        assertThat(new SessionCodec(secret, clock, Duration.ofHours(1)).decode(cookie))
                .isPresent();
        assertThat(codec.decode("no-dot")).isEmpty();
        assertThat(codec.decode("!!.??")).isEmpty();
        assertThat(codec.decode(null)).isEmpty();
    }
}
