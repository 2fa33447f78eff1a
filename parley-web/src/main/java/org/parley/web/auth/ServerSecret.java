package org.parley.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The installation's secret key, from which the keys that sign session cookies and CSRF tokens are
 * derived. Every web node of one installation must hold the same secret: set {@code PARLEY_SECRET},
 * or let the first start generate one into the shared data folder. Immutable, thread-safe.
 */
public final class ServerSecret {

    /** The environment variable that carries the secret. */
    public static final String VARIABLE = "PARLEY_SECRET";

    static final int MIN_LENGTH = 32;
    static final String FILE_NAME = "session-secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private ServerSecret(byte[] key) {
        if (key.length < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "the server secret needs at least " + MIN_LENGTH + " bytes, has " + key.length);
        }
        this.key = key.clone();
    }

    /** A fresh random secret (a single node whose sessions need not survive a restart, or a test). */
    public static ServerSecret random() {
        byte[] key = new byte[MIN_LENGTH];
        RANDOM.nextBytes(key);
        return new ServerSecret(key);
    }

    /** {@code PARLEY_SECRET} if set, otherwise the secret file in {@code dataDirectory}, created on first use. */
    public static ServerSecret load(Map<String, String> environment, Path dataDirectory) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(VARIABLE + " must be at least " + MIN_LENGTH + " characters long");
            }
            return new ServerSecret(configured.getBytes(StandardCharsets.UTF_8));
        }
        return fromFile(dataDirectory.resolve(FILE_NAME));
    }

    private static ServerSecret fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new ServerSecret(Base64.getDecoder().decode(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the server secret " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " does not hold a valid server secret: " + e.getMessage(), e);
        }
    }

    /** Writes a new secret readable by its owner only; the rename makes it appear complete or not at all. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[MIN_LENGTH];
        RANDOM.nextBytes(key);
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A key for one purpose (e.g. signing sessions), so that no two uses share a key. */
    byte[] derive(String purpose) {
        return Hmac.sign(key, purpose.getBytes(StandardCharsets.UTF_8));
    }
}
