package org.parley.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Computes an audit event's chain hash. Stateless and thread-safe. */
final class AuditHasher {

    /** The previous hash of the very first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    /**
     * SHA-256 over every stored field except the hash itself. Each field is length-prefixed so that no
     * two different events share an encoding (moving text from one field to the next changes it).
     */
    static String hash(AuditEvent event) {
        MessageDigest digest = sha256();
        for (String field : new String[] {
            Long.toString(event.seq()),
            event.occurredAt().toString(),
            event.actor(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.details(),
            event.prevHash()
        }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
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
