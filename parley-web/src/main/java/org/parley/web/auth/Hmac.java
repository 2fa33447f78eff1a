package org.parley.web.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and a constant-time comparison. Stateless. */
final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {}

    static byte[] sign(byte[] key, byte[] message) {
        try {
            // Mac instances are not thread-safe; a new one per call is cheap next to a request.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Compares in time independent of where the inputs differ, so that a forger learns nothing. */
    static boolean equal(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
