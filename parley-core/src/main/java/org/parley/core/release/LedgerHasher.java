package org.parley.core.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** Computes a ledger row's content hash. Stateless and thread-safe. */
final class LedgerHasher {

    private LedgerHasher() {}

    /**
     * SHA-256 over every field except the database ID and the hash itself, each length-prefixed so
     * that no two different rows share an encoding.
     */
    static String hash(LedgerEntry entry) {
        MessageDigest digest = sha256();
        for (Object field : entry.content()) {
            byte[] bytes = Objects.toString(field, "\u0000null").getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
