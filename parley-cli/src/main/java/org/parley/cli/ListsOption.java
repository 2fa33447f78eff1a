package org.parley.cli;

import java.nio.file.Path;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.lists.ListSnapshot;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Chooses the lists to screen against: a file or folder given with {@code --lists}, or the stored ones. */
public final class ListsOption {
    @Option(
            names = "--lists",
            paramLabel = "PATH",
            description = "List file or folder (CSL CSV/JSON, OFAC legacy CSV folder, UN XML). "
                    + "Default: the lists stored by 'parley lists update' / 'parley lists import'.")
    private Path lists;

    @Mixin
    private DataOptions data;

    /** The snapshot to screen against; refuses to go on with no lists at all. */
    public ListSnapshot snapshot() {
        ListSnapshot snapshot =
                lists != null ? ListFiles.read(lists) : data.listStore().active();
        if (snapshot.entries().isEmpty()) {
            throw new UserError("no restricted-party lists to screen against: run 'parley lists update' or "
                    + "'parley lists import FILE', or pass --lists PATH");
        }
        return snapshot;
    }
}
