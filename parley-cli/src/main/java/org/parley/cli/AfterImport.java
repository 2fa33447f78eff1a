package org.parley.cli;

import java.io.PrintWriter;
import org.parley.core.lists.StoredLists;
import org.parley.screening.diff.SnapshotDiff;

/** What {@code lists import} and {@code lists update} do once new lists are active. */
final class AfterImport {
    private AfterImport() {}

    /** Prints the new status and what changed per list, then re-screens the platform's people and announces the digest to compliance officers. */
    static void report(DataOptions data, StoredLists stored, PrintWriter out) {
        ListsStatusCommand.print(out, stored);
        SnapshotDiff digest = data.listStore().digest(stored.id()).orElse(null);
        if (digest != null) {
            DiffReport.printSummary(out, digest);
        }
        PlatformRescreen.afterListUpdate(
                System.getenv(), data.folder(), data.listStore().active(), digest, out);
    }
}
