package org.parley.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data ({@code ../shared/data}) for data-driven tests. Tests that
 * need a file call {@link #file(String)}, which skips the test with a clear message when the data
 * is absent rather than failing it.
 */
public final class SharedData {
    private static final Path ROOT = Path.of(System.getProperty("parley.shared.data", "../shared/data"))
            .toAbsolutePath()
            .normalize();

    private SharedData() {}

    public static Path root() {
        return ROOT;
    }

    /** A file or folder under the shared data root; skips the calling test when it is missing. */
    public static Path file(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.exists(path), () -> "shared data not found, test skipped: " + path);
        return path;
    }
}
