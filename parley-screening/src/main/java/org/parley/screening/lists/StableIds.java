package org.parley.screening.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived identifiers for list formats that publish no identifier. Thread-safe. */
final class StableIds {
    private static final int HEX_LENGTH = 20;

    private StableIds() {}

    /** The first 20 hex digits of the SHA-256 of the parts joined by U+001F (nulls as empty). */
    static String of(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        var joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part == null ? "" : part).append('\u001f');
        }
        byte[] hash = digest.digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, HEX_LENGTH);
    }
}
