package org.parley.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and checks session cookies: {@code payload.signature}, the payload naming the session,
 * the user and the expiry, the signature an HMAC under the server secret. Any node with the same
 * secret accepts the cookie, so web nodes keep no session state. Also derives each session's CSRF
 * token. Thread-safe.
 */
public final class SessionCodec {

    private static final String VERSION = "v1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] sessionKey;
    private final byte[] csrfKey;
    private final Clock clock;
    private final Duration lifetime;

    public SessionCodec(ServerSecret secret, Clock clock, Duration lifetime) {
        this.sessionKey = secret.derive("parley session cookie");
        this.csrfKey = secret.derive("parley csrf token");
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A new session with a new random identifier: an identifier planted before sign-in is never reused. */
    public Session issue(long userId) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return new Session(ENCODER.encodeToString(id), userId, clock.instant().plus(lifetime));
    }

    public String encode(Session session) {
        String payload = String.join(
                "|",
                VERSION,
                session.id(),
                Long.toString(session.userId()),
                Long.toString(session.expiresAt().getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(Hmac.sign(sessionKey, bytes));
    }

    /** The session a cookie value names, if its signature holds and it has not expired. */
    public Optional<Session> decode(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(cookie.substring(0, dot));
            byte[] signature = DECODER.decode(cookie.substring(dot + 1));
            if (!Hmac.equal(Hmac.sign(sessionKey, payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            Session session =
                    new Session(parts[1], Long.parseLong(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return clock.instant().isBefore(session.expiresAt()) ? Optional.of(session) : Optional.empty();
        } catch (IllegalArgumentException e) {
            // Bad Base64 or numbers in a correctly signed payload cannot happen; in a forged one they mean "no
            // session".
            return Optional.empty();
        }
    }

    /** The CSRF token of the session: whoever cannot read the session's responses cannot know it. */
    public String csrfToken(Session session) {
        return ENCODER.encodeToString(Hmac.sign(csrfKey, session.id().getBytes(StandardCharsets.UTF_8)));
    }

    public boolean csrfMatches(Session session, String token) {
        return token != null
                && Hmac.equal(
                        csrfToken(session).getBytes(StandardCharsets.US_ASCII),
                        token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
