package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.lists.ListStore;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.lists.ListSnapshot;

/**
 * One side of {@code parley lists diff}: a stored snapshot id or a list file or folder, read into a
 * snapshot with the label the digest shows for it.
 */
record SnapshotArgument(String label, ListSnapshot snapshot) {

    /** A stored snapshot when {@code argument} names one, else the file or folder at that path. */
    static SnapshotArgument resolve(String argument, ListStore store) {
        if (store.has(argument)) {
            return stored(argument, store);
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new UserError("'" + argument + "' is neither a stored snapshot id (see 'parley lists status')"
                    + " nor a list file or folder");
        }
        return new SnapshotArgument(argument, ListFiles.read(path));
    }

    static SnapshotArgument stored(String id, ListStore store) {
        return new SnapshotArgument(id, store.load(id));
    }
}
