package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.core.lists.ListDownloader;
import org.parley.core.lists.ListSource;
import org.parley.core.lists.StoredLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley lists update}: download the official lists and make them active, all or nothing. */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description = "Download the official lists (CSL, OFAC SDN, UN) and store them as the active lists.")
public final class ListsUpdateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(
            names = "--source",
            paramLabel = "NAME=URL",
            description = "Fetch a list from another base URL (a mirror), e.g. csl=https://mirror/csl/. "
                    + "Also from $PARLEY_LIST_SOURCES (comma-separated). Names: csl, ofac-sdn, un.")
    private Map<String, String> sources = new LinkedHashMap<>();

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Fetch only these sources.")
    private List<String> only;

    @Override
    public Integer call() throws IOException {
        List<ListSource> chosen = ListSource.officialWithOverrides(overrides());
        if (only != null) {
            chosen = chosen.stream().filter(s -> only.contains(s.name())).toList();
            if (chosen.isEmpty()) {
                throw new UserError("--only names no known source: " + only);
            }
        }
        Path download = Files.createTempDirectory("parley-lists-");
        try {
            List<ListSource> fetch = chosen;
            List<Path> folders =
                    Progress.bytes("downloading lists", bytes -> new ListDownloader().download(fetch, download, bytes));
            List<String> origin = fetch.stream()
                    .flatMap(
                            s -> s.files().stream().map(f -> s.base().resolve(f).toString()))
                    .toList();
            StoredLists stored = Progress.whileRunning(
                    "importing lists", () -> data.listStore().importFrom(folders, origin));
            AfterImport.report(data, stored, spec.commandLine().getOut());
            return 0;
        } finally {
            deleteTree(download);
        }
    }

    private Map<String, URI> overrides() {
        var all = new LinkedHashMap<String, URI>();
        String fromEnvironment = System.getenv("PARLEY_LIST_SOURCES");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            for (String pair : fromEnvironment.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2) {
                    throw new UserError("PARLEY_LIST_SOURCES: expected NAME=URL, got '" + pair + "'");
                }
                all.put(parts[0].trim(), URI.create(parts[1].trim()));
            }
        }
        sources.forEach((name, url) -> all.put(name, URI.create(url)));
        return all;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
