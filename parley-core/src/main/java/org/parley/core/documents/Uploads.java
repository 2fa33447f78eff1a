package org.parley.core.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.parley.core.system.FieldChecks;

/** Checks an upload (size, name, media type, language) and fingerprints its content. Immutable. */
final class Uploads {

    /** What an accepted upload is stored as. */
    record Checked(String fileName, String mediaType, String language, String sha256) {}

    private final long maxBytes;

    Uploads(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Checked check(Upload upload) {
        byte[] content = upload.content();
        String mediaType = upload.mediaType() == null || upload.mediaType().isBlank()
                ? "application/octet-stream"
                : upload.mediaType().strip().toLowerCase(Locale.ROOT);
        new FieldChecks()
                .check(content != null && content.length > 0, "content", "is empty")
                .check(
                        content == null || content.length <= maxBytes,
                        "content",
                        "is larger than the limit of " + maxBytes + " bytes")
                .check(
                        mediaType.matches("[a-z0-9][a-z0-9!#$&^_.+-]{0,60}/[a-z0-9][a-z0-9!#$&^_.+-]{0,60}"),
                        "mediaType",
                        "is not a media type such as application/pdf")
                .check(isLanguageTag(upload.language()), "language", "is not a language tag such as en or zh")
                .orThrow();
        return new Checked(
                FileNames.safe(upload.fileName()), mediaType, upload.language().strip(), sha256(content));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 20) {
            return false;
        }
        try {
            return !new Locale.Builder()
                    .setLanguageTag(tag.strip())
                    .build()
                    .getLanguage()
                    .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
