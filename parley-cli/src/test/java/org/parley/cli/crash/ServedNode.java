package org.parley.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.cli.ParleyCommand;
import org.parley.core.storage.Database;

/**
 * {@code parley serve} in its own JVM (see {@link ParleyProcess}) over an H2 data folder, with an HTTP
 * session of the installation's administrator, for tests that kill the server mid-request. The HTTP
 * client is thread-safe; the rest is not.
 */
final class ServedNode implements AutoCloseable {
    static final String EMAIL = "root@example.org";
    static final String PASSWORD = "a long enough password";

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

    private final ParleyProcess process;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    private ServedNode(ParleyProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Creates the administrator in {@code data} with the in-process CLI (its password file goes to {@code temp}). */
    static void createAdministrator(Path data, Path temp) throws IOException {
        Path password = temp.resolve("admin-password");
        Files.writeString(password, PASSWORD + "\n");
        assertThat(cli(
                        "admin",
                        "create-user",
                        "--data",
                        data.toString(),
                        "--email",
                        EMAIL,
                        "--name",
                        "Root",
                        "--admin",
                        "--password-file",
                        password.toString()))
                .isZero();
    }

    /** Starts {@code parley serve} on a free port, waits until it listens, and signs the administrator in. */
    static ServedNode start(Path data, Path log) throws Exception {
        ParleyProcess process = ParleyProcess.start(log, "serve", "--port", "0", "--data", data.toString());
        ServedNode node = new ServedNode(process, awaitPort(log));
        HttpResponse<String> signedIn = node.send(
                "POST", "/api/v1/session", "{\"email\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        Matcher token = CSRF.matcher(signedIn.body());
        assertThat(token.find()).isTrue();
        node.csrfToken = token.group(1);
        return node;
    }

    /** Sends JSON (or nothing, when {@code json} is null) with the session cookie and its CSRF token. */
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, "application/json", json);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL, as {@link ParleyProcess#kill()}. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Runs {@code parley audit verify} on the data folder in this JVM and returns its report; fails unless it exits 0. */
    static String verifyAudit(Path data) {
        var out = new StringWriter();
        var commandLine = ParleyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("audit", "verify", "--data", data.toString()))
                .as(out.toString())
                .isZero();
        return out.toString();
    }

    /** One number from a query, e.g. a {@code COUNT(*)} over the reopened data folder. */
    static long count(Database database, String sql) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    private static int awaitPort(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher matcher = LISTENING.matcher(ParleyProcess.read(log));
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("serve did not start: " + ParleyProcess.read(log));
    }

    private static int cli(String... args) {
        var commandLine = ParleyCommand.commandLine();
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        return commandLine.execute(args);
    }
}
