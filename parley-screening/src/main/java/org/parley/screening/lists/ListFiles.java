package org.parley.screening.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Entry point for reading restricted-party lists from disk: one list file, an OFAC legacy CSV
 * folder, or a folder (searched recursively) holding any of the supported formats, merged into one
 * snapshot. Thread-safe (stateless).
 */
public final class ListFiles {
    private ListFiles() {}

    /** A list input found on disk: its format, the path to give the reader, and its size in bytes. */
    public record ListInput(ListFormat format, Path path, long bytes) {}

    public static ListSnapshot read(Path fileOrFolder) {
        return read(fileOrFolder, bytes -> {});
    }

    /**
     * Reads a file or folder. {@code progress} receives the running number of bytes read over all
     * inputs; {@link #inputs(Path)} gives the total for a progress bar.
     *
     * @throws ListFileException for an unrecognised file, a folder without list files, an incomplete
     *     OFAC set, or any malformed input (no partial snapshot is ever returned)
     */
    public static ListSnapshot read(Path fileOrFolder, LongConsumer progress) {
        List<ListInput> inputs = inputs(fileOrFolder);
        if (inputs.size() == 1) {
            return inputs.get(0).format().read(inputs.get(0).path(), progress);
        }
        var counter = new CumulativeProgress(progress);
        var entries = new ArrayList<ListEntry>();
        var sources = new ArrayList<ListSnapshot.SourceFile>();
        LocalDate newest = null;
        for (ListInput input : inputs) {
            ListSnapshot snapshot = input.format().read(input.path(), counter.next(input.bytes()));
            entries.addAll(snapshot.entries());
            sources.addAll(snapshot.sources());
            if (newest == null || (snapshot.asOf() != null && snapshot.asOf().isAfter(newest))) {
                newest = snapshot.asOf();
            }
        }
        return ListSnapshot.of(entries, newest, sources);
    }

    /** The list inputs a {@link #read} of this path would read, in reading order. */
    public static List<ListInput> inputs(Path fileOrFolder) {
        if (Files.isDirectory(fileOrFolder)) {
            var inputs = new ArrayList<ListInput>();
            collect(fileOrFolder, inputs, new HashSet<>());
            if (inputs.isEmpty()) {
                throw new ListFileException(fileOrFolder, 0, "no list files found in this folder");
            }
            return inputs;
        }
        if (!Files.isRegularFile(fileOrFolder)) {
            throw new ListFileException(fileOrFolder, 0, "no such file or folder");
        }
        ListFormat format = ListFormatSniffer.detect(fileOrFolder)
                .orElseThrow(() -> new ListFileException(
                        fileOrFolder,
                        0,
                        "unrecognised list file: expected a CSL CSV or JSON download, an OFAC legacy CSV file,"
                                + " a UN consolidated list XML or a BIS DPL text file"));
        return List.of(input(format, fileOrFolder));
    }

    private static void collect(Path folder, List<ListInput> inputs, Set<Path> visited) {
        if (!visited.add(realPath(folder))) {
            return; // a symbolic link back into a folder already read
        }
        for (OfacFileSet set : OfacFileSet.values()) {
            if (set.presentIn(folder)) {
                inputs.add(new ListInput(ListFormat.of(set), folder, OfacCsvReader.size(folder, set)));
            }
        }
        for (Path child : children(folder)) {
            if (Files.isDirectory(child)) {
                collect(child, inputs, visited);
            } else if (Files.isRegularFile(child)
                    && OfacFileSet.ofFileName(ListInputs.fileName(child)).isEmpty()) {
                ListFormatSniffer.detect(child).ifPresent(format -> inputs.add(input(format, child)));
            }
        }
    }

    /** An input for one file; an OFAC set file stands for the whole set in its folder. */
    private static ListInput input(ListFormat format, Path file) {
        var set = OfacFileSet.ofFileName(ListInputs.fileName(file));
        if (set.isPresent()) {
            Path folder = file.toAbsolutePath().getParent();
            return new ListInput(format, folder, OfacCsvReader.size(folder, set.get()));
        }
        try {
            return new ListInput(format, file, Files.size(file));
        } catch (IOException e) {
            throw ListInputs.failure(file, 0, e);
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw ListInputs.failure(folder, 0, e);
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw ListInputs.failure(folder, 0, e);
        }
    }
}
