package org.parley.cli.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code parley} command running in its own JVM (the test class path, the CLI's main class), so that
 * a test can kill it with SIGKILL at any moment. Not thread-safe.
 */
final class ParleyProcess implements AutoCloseable {
    private final Process process;

    private ParleyProcess(Process process) {
        this.process = process;
    }

    static ParleyProcess start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.parley.cli.ParleyCommand"));
        command.addAll(List.of(args));
        try {
            return new ParleyProcess(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("parley did not finish within " + limit);
        }
        return process.exitValue();
    }

    static String read(Path log) {
        try (var reader = new BufferedReader(
                new InputStreamReader(java.nio.file.Files.newInputStream(log), StandardCharsets.UTF_8))) {
            return String.join("\n", reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
