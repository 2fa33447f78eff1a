package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

class ListsCommandTest {
    @TempDir
    Path temp;

    private String data() {
        return temp.resolve("data").toString();
    }

    @Test
    void importedListsAreUsedForScreeningAndShownInStatus() {
        String csl = SharedData.file("csl/consolidated-2026-07-31.csv").toString();

        CliRun imported = CliRun.of("lists", "import", "--data", data(), csl);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("entries:      25921").contains("2026-07-31");

        CliRun status = CliRun.of("lists", "status", "--data", data(), "--json");
        assertThat(status.out()).contains("\"entries\":25921").contains("\"EL\":");

        CliRun screened = CliRun.of("screen", "--data", data(), "--json", "Hikvision");
        assertThat(screened.out()).contains("Hangzhou Hikvision Digital Technology");
    }

    @Test
    void aMalformedFileIsRefusedAndThePreviousListsStayActive() throws IOException {
        String un = SharedData.file("un/UN_consolidated_2026-02-27.xml").toString();
        assertThat(CliRun.of("lists", "import", "--data", data(), un).exitCode())
                .isZero();
        String before = CliRun.of("lists", "status", "--data", data(), "--json").out();

        Path broken = Files.writeString(temp.resolve("broken.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
        CliRun refused = CliRun.of("lists", "import", "--data", data(), broken.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("broken.xml").contains("active lists are unchanged");
        assertThat(CliRun.of("lists", "status", "--data", data(), "--json").out())
                .isEqualTo(before);
    }

    @Test
    void noListsYetIsSaidPlainly() {
        CliRun status = CliRun.of("lists", "status", "--data", data());
        assertThat(status.out()).contains("no lists imported yet");
        CliRun screen = CliRun.of("screen", "--data", data(), "Huawei");
        assertThat(screen.exitCode()).isEqualTo(2);
        assertThat(screen.err()).contains("parley lists update");
    }

    @Test
    void updateDownloadsEverySourceFromTheConfiguredUrls() throws IOException {
        Path shared = SharedData.root();
        SharedData.file("ofac/sdn_2021-07/sdn.csv");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = switch (path) {
                case "/csl/consolidated.csv" -> shared.resolve("csl/consolidated-2026-07-31.csv");
                case "/un/consolidated.xml" -> shared.resolve("un/UN_consolidated_2026-02-27.xml");
                default -> shared.resolve("ofac/sdn_2021-07").resolve(path.substring("/ofac/".length()));
            };
            exchange.sendResponseHeaders(200, Files.size(file));
            Files.copy(file, exchange.getResponseBody());
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            CliRun run = CliRun.of(
                    "lists",
                    "update",
                    "--data",
                    data(),
                    "--source",
                    "csl=" + base + "/csl/",
                    "--source",
                    "ofac-sdn=" + base + "/ofac/",
                    "--source",
                    "un=" + base + "/un/");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("EL").contains("SDN").contains("UN");
            String status =
                    CliRun.of("lists", "status", "--data", data(), "--json").out();
            assertThat(status).contains(base + "/csl/consolidated.csv").contains(base + "/ofac/sdn.csv");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnknownSourceNameIsRefused() {
        CliRun run = CliRun.of("lists", "update", "--data", data(), "--source", "cls=http://127.0.0.1:1/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown list source 'cls'");
    }
}
