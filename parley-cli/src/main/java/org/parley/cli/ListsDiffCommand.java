package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.core.lists.ListStore;
import org.parley.screening.diff.ListDiffer;
import org.parley.screening.diff.SnapshotDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley lists diff}: what changed between two list snapshots, per list. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Show the entries added, removed and changed per list between two snapshots. OLD and NEW"
                + " are stored snapshot ids (see 'parley lists status') or list files or folders; by default the"
                + " previous and the active stored lists. Exit code 2 when the two have no list in common.")
public final class ListsDiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OLD", description = "Default: the previous stored lists.")
    private String older;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "Default: the active stored lists.")
    private String newer;

    @Option(names = "--json", description = "Machine-readable output: the whole digest as one JSON object.")
    private boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "Entries named per section and list in the text output (0: all). Default: ${DEFAULT-VALUE}")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more, was " + limit);
        }
        ListStore store = data.listStore();
        SnapshotArgument newerSide = newer != null ? SnapshotArgument.resolve(newer, store) : active(store);
        SnapshotArgument olderSide = older != null ? SnapshotArgument.resolve(older, store) : previous(store);
        SnapshotDiff diff = Progress.whileRunning(
                "comparing lists",
                () -> ListDiffer.compare(
                        olderSide.label(), olderSide.snapshot(), newerSide.label(), newerSide.snapshot()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(HitJson.JSON.writeValueAsString(diff));
            out.flush();
        } else if (diff.comparable()) {
            DiffReport.print(out, diff, limit);
        }
        if (!diff.comparable()) {
            spec.commandLine().getErr().println("parley: cannot compare: " + diff.incompatibility());
            spec.commandLine().getErr().flush();
            return ParleyCommand.BAD_INPUT;
        }
        return 0;
    }

    private static SnapshotArgument active(ListStore store) {
        var status = store.status()
                .orElseThrow(() -> new UserError("no lists stored yet: run 'parley lists update' or 'parley lists"
                        + " import FILE', or name OLD and NEW"));
        return SnapshotArgument.stored(status.id(), store);
    }

    private static SnapshotArgument previous(ListStore store) {
        String id = store.previousId()
                .orElseThrow(
                        () -> new UserError("only one list snapshot is stored, so there is no previous one: name OLD"));
        return SnapshotArgument.stored(id, store);
    }
}
