package org.parley.core.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Fetches the official list files over HTTP(S) into a local folder. Thread-safe. */
public final class ListDownloader {
    /** Larger than any official list file by an order of magnitude; stops a runaway download. */
    static final long MAX_BYTES = 1L << 30;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    /**
     * Downloads every file of every source into {@code folder/<source name>/}; returns those folders.
     * Any failure (network, non-2xx status, oversized file) aborts with a message naming the URL.
     */
    public List<Path> download(List<ListSource> sources, Path folder, LongConsumer bytesRead) {
        var folders = new ArrayList<Path>();
        for (ListSource source : sources) {
            Path target = folder.resolve(source.name());
            for (String file : source.files()) {
                fetch(source.base().resolve(file), target.resolve(file), bytesRead);
            }
            folders.add(target);
        }
        return folders;
    }

    private void fetch(URI url, Path target, LongConsumer bytesRead) {
        var request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(5))
                .header("User-Agent", "parley-lists-update")
                .GET()
                .build();
        try {
            Files.createDirectories(target.getParent());
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new ListImportException("download of " + url + " failed: HTTP " + response.statusCode());
                }
                copyLimited(body, target, url, bytesRead);
            }
        } catch (IOException e) {
            throw new ListImportException("download of " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ListImportException("download of " + url + " was interrupted", e);
        }
    }

    private static void copyLimited(InputStream body, Path target, URI url, LongConsumer bytesRead) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ListImportException("download of " + url + " exceeds " + MAX_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
                bytesRead.accept(n);
            }
        }
    }
}
