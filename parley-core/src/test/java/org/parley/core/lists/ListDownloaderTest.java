package org.parley.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListDownloaderTest {
    @TempDir
    Path temp;

    private HttpServer server;

    @BeforeEach
    void serveTwoFiles() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/lists/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = ("content of " + path).getBytes(StandardCharsets.UTF_8);
            int status = path.endsWith("missing.csv") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lists/");
    }

    @Test
    void downloadsEveryFileIntoAFolderPerSource() throws IOException {
        var bytes = new AtomicLong();
        var source = new ListSource("ofac-sdn", base(), List.of("sdn.csv", "alt.csv"));

        List<Path> folders = new ListDownloader().download(List.of(source), temp, bytes::addAndGet);

        assertThat(folders).containsExactly(temp.resolve("ofac-sdn"));
        assertThat(Files.readString(temp.resolve("ofac-sdn/alt.csv"))).isEqualTo("content of /lists/alt.csv");
        assertThat(bytes.get())
                .isEqualTo(Files.size(temp.resolve("ofac-sdn/sdn.csv")) + Files.size(temp.resolve("ofac-sdn/alt.csv")));
    }

    @Test
    void anHttpErrorNamesTheUrl() {
        var source = new ListSource("csl", base(), List.of("missing.csv"));

        assertThatThrownBy(() -> new ListDownloader().download(List.of(source), temp, n -> {}))
                .isInstanceOf(ListImportException.class)
                .hasMessageContaining("/lists/missing.csv")
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void overridesReplaceOnlyTheNamedSourceAndRefuseUnknownNames() {
        List<ListSource> sources = ListSource.officialWithOverrides(Map.of("un", URI.create("http://127.0.0.1:1/un")));

        assertThat(sources).extracting(ListSource::name).containsExactly("csl", "ofac-sdn", "un");
        assertThat(sources.get(2).base()).hasToString("http://127.0.0.1:1/un/");
        assertThat(sources.get(0).base().getHost()).isEqualTo("data.trade.gov");
        assertThatThrownBy(() -> ListSource.officialWithOverrides(Map.of("cls", base())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown list source 'cls'");
    }
}
