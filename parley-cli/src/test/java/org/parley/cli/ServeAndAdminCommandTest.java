package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parley admin create-user} and {@code parley serve} against an H2 data folder. */
class ServeAndAdminCommandTest {

    private static final String PASSWORD = "a very secret password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    /** One command's exit code and what it printed. */
    private record Run(int exitCode, String out, String err) {}

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exitCode = line.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run createUser(String email, String passwordFileContent, String... extra) throws Exception {
        Path file = Files.writeString(data.resolve("password-" + email), passwordFileContent + "\n");
        String[] base = {
            "admin",
            "create-user",
            "--data",
            data.toString(),
            "--email",
            email,
            "--name",
            "Someone",
            "--password-file",
            file.toString()
        };
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return run(new ParleyCommand(), args);
    }

    @Test
    void createUserMakesAnAccountWithoutEverPrintingThePassword() throws Exception {
        Run created = createUser("root@example.org", PASSWORD, "--admin");
        Run again = createUser("root@example.org", PASSWORD);
        Run tooShort = createUser("short@example.org", "short");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("created administrator 1 root@example.org" + System.lineSeparator());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("password");
        assertThat(created.out() + created.err() + tooShort.err())
                .doesNotContain(PASSWORD)
                .doesNotContain("short\n");
    }

    @Test
    void createUserReadsThePasswordFromStandardInput() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            Run created = run(
                    new ParleyCommand(),
                    "admin",
                    "create-user",
                    "--data",
                    data.toString(),
                    "--email",
                    "piped@example.org",
                    "--name",
                    "Piped");

            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(created.out()).contains("created user").doesNotContain(PASSWORD);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void serveMigratesListensAndAcceptsTheCreatedAccount() throws Exception {
        assertThat(createUser("root@example.org", PASSWORD, "--admin").exitCode())
                .isZero();
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(out, true));
        int[] exitCode = {-1};
        Thread node =
                Thread.ofPlatform().start(() -> exitCode[0] = line.execute("--port", "0", "--data", data.toString()));
        try {
            URI base = awaitUrl(out);

            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> signIn = HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\": \"root@example.org\", \"password\": \"" + PASSWORD + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":\"h2\"");
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(out.toString()).contains("lists: 0 entries");
            assertThat(Files.exists(data.resolve("session-secret"))).isTrue();
        } finally {
            serve.stop();
            node.join(Duration.ofSeconds(60));
        }
        assertThat(node.isAlive()).as("the node stopped").isFalse();
        assertThat(exitCode[0]).isZero();
    }

    @Test
    void demoSeedsOnFirstRunAndServesTheDemoLogins() throws Exception {
        DemoCommand demo = new DemoCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(demo);
        line.setOut(new PrintWriter(out, true));
        Thread node = Thread.ofPlatform()
                .start(() -> line.execute(
                        "--port", "0", "--data", data.resolve("demo").toString()));
        try {
            URI base = awaitUrl(out);
            HttpResponse<String> signIn = HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"cn.cochair@demo.parley.example\", "
                                    + "\"password\": \"parley-demo-2026\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(out.toString())
                    .contains("lists: 4 entries")
                    .contains("us.compliance@demo.parley.example")
                    .contains("parley-demo-2026");
        } finally {
            demo.stop();
            node.join(Duration.ofSeconds(60));
        }
        assertThat(node.isAlive()).as("the demo node stopped").isFalse();
    }

    @Test
    void aBadPortIsRefused() {
        Run run = run(new ParleyCommand(), "serve", "--port", "70000", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsRefused() {
        Run run = run(
                new ParleyCommand(),
                "serve",
                "--trusted-proxies",
                "10.0.0.0/8,proxy.internal",
                "--data",
                data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--trusted-proxies").contains("proxy.internal");
    }

    private static URI awaitUrl(StringWriter out) throws InterruptedException {
        Pattern listening = Pattern.compile("listening on (http://\\S+)");
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Matcher matcher = listening.matcher(out.toString());
            if (matcher.find()) {
                return URI.create(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the node did not start: " + out);
    }
}
