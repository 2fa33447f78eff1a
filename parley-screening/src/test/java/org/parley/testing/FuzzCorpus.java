package org.parley.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The seed inputs of a Jazzer {@code @FuzzTest} (the files under {@code <TestClass>Inputs/<method>/}
 * next to the test class on the class path, which Jazzer replays in regression mode), and a seeded
 * run of mutants derived from them, so that plain {@code mvn verify} also tries generated hostile
 * inputs. Stateless.
 */
public final class FuzzCorpus {
    /** Longest time one input may take: longer means the parser hangs or blows up. */
    public static final Duration PER_INPUT = Duration.ofSeconds(10);

    private FuzzCorpus() {}

    /** The seed files of {@code testClass#method}, sorted by name. */
    public static List<byte[]> seeds(Class<?> testClass, String method) {
        String folder = testClass.getSimpleName() + "Inputs/" + method;
        URL url = testClass.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no seed corpus " + folder + " next to " + testClass.getName());
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.sorted().map(FuzzCorpus::bytes).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Feeds {@code count} mutants of the seeds of {@code testClass#method} (generated from {@code
     * seed}) to {@code target}, each within {@link #PER_INPUT}. The target throws for a bad outcome;
     * the failure names the mutant's index and its bytes so that it can be replayed and added to the
     * corpus.
     */
    public static void runMutants(Class<?> testClass, String method, long seed, int count, Consumer<byte[]> target) {
        var mutations = new Mutations(seeds(testClass, method), seed);
        for (int i = 0; i < count; i++) {
            byte[] input = mutations.next();
            try {
                assertTimeoutPreemptively(PER_INPUT, () -> target.accept(input));
            } catch (AssertionError | RuntimeException e) {
                fail(
                        "%s#%s mutant %d of seed %d failed (input hex: %s)"
                                .formatted(testClass.getSimpleName(), method, i, seed, hex(input)),
                        e);
            }
        }
    }

    private static String hex(byte[] input) {
        String hex = HexFormat.of().formatHex(input, 0, Math.min(input.length, 2048));
        return input.length > 2048 ? hex + "… (" + input.length + " bytes)" : hex;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
