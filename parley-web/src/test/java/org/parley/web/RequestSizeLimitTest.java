package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.web.system.RequestMetrics;

/**
 * The node's request size limit holds however the body is sent: with a Content-Length, or streamed
 * in chunks without one (the server must stop reading, not buffer everything first).
 */
class RequestSizeLimitTest {
    private static final long LIMIT = 16 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(
                new WebSettings("127.0.0.1", 0, LIMIT, false),
                new RequestMetrics(),
                List.of(routes ->
                        routes.post("/echo-length", ctx -> ctx.result(Integer.toString(ctx.bodyAsBytes().length)))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        var response = send(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT]));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Long.toString(LIMIT));
    }

    @Test
    void aDeclaredOversizedBodyIsA413() throws Exception {
        var response = send(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT + 1]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than this server accepts");
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutOffAt413() throws Exception {
        var sent = new AtomicLong();
        long endless = 512L * 1024 * 1024;
        var body = HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            @Override
            public int read() {
                return sent.incrementAndGet() > endless ? -1 : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int count = (int) Math.min(length, endless - sent.get());
                if (count <= 0) {
                    return -1;
                }
                sent.addAndGet(count);
                return count;
            }
        });

        HttpResponse<String> response;
        try {
            response = send(body);
        } catch (java.io.IOException closedByServer) {
            // The server may also close the connection while the client still sends: that is a refusal too.
            assertThat(sent.get()).isLessThan(endless);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(sent.get())
                .as("the server stopped reading long before the end")
                .isLessThan(endless);
    }

    private static HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo-length"))
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
