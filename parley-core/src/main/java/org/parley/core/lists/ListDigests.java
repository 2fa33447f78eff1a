package org.parley.core.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parley.screening.diff.SnapshotDiff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a snapshot's list-change digest, {@code digest.json} next to its manifest: what
 * the import changed against the lists active before it. Thread-safe (stateless).
 */
final class ListDigests {
    static final String FILE = "digest.json";

    private final JsonMapper json = JsonMapper.builder().build();

    void write(Path snapshotFolder, SnapshotDiff digest) {
        json.writeValue(snapshotFolder.resolve(FILE).toFile(), digest);
    }

    /** The digest stored in the folder; empty when the snapshot was the first import. */
    Optional<SnapshotDiff> read(Path snapshotFolder) {
        Path file = snapshotFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), SnapshotDiff.class));
        } catch (JacksonException e) {
            throw new ListImportException("the list digest " + file + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
