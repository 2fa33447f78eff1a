package org.parley.core.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListFileException;
import org.parley.screening.lists.ListSnapshot;

/**
 * A tiny list format for store tests: files named {@code *.lst}, one "CODE|name" per line. A line
 * without "|" is malformed. Keeps these tests independent of the official formats.
 */
public final class LineListReader implements ListStore.SnapshotReader {

    @Override
    public ListSnapshot read(Path fileOrFolder) {
        var entries = new ArrayList<org.parley.screening.lists.ListEntry>();
        var sources = new ArrayList<ListSnapshot.SourceFile>();
        for (Path file : files(fileOrFolder)) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split("\\|", 2);
                if (parts.length != 2) {
                    throw new ListFileException(file, i + 1, "expected CODE|name");
                }
                entries.add(new ListEntryBuilder()
                        .id(file.getFileName() + ":" + (i + 1))
                        .listCode(parts[0])
                        .name(parts[1])
                        .build());
            }
            sources.add(new ListSnapshot.SourceFile(
                    "LST", file.getFileName().toString(), LocalDate.of(2026, 7, 31), lines.size()));
        }
        return ListSnapshot.of(entries, LocalDate.of(2026, 7, 31), sources);
    }

    private static List<Path> files(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(p -> p.toString().endsWith(".lst")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
