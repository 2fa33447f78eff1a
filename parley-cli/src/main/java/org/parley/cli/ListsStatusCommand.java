package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.core.lists.StoredLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley lists status}: which lists are active, from when, with how many entries. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the active lists.")
public final class ListsStatusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--json", description = "Machine-readable output.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var status = data.listStore().status();
        if (status.isEmpty()) {
            out.println(
                    json
                            ? "{\"active\":null}"
                            : "no lists imported yet: run 'parley lists update' or 'parley lists import FILE'");
            out.flush();
            return 0;
        }
        if (json) {
            out.println(HitJson.JSON.writeValueAsString(status.get()));
        } else {
            print(out, status.get());
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, StoredLists stored) {
        out.printf("active lists: %s (imported %s)%n", stored.id(), stored.importedAt());
        out.printf("data as of:   %s%n", stored.asOf());
        out.printf("entries:      %d, content hash %s%n", stored.entries(), stored.contentHash());
        stored.entriesByList().forEach((list, count) -> out.printf("  %-8s %7d%n", list, count));
        out.println("sources:");
        for (StoredLists.Source source : stored.sources()) {
            out.printf(
                    "  %-10s %-40s as of %s, %d entries%n",
                    source.format(), source.name(), source.asOf(), source.entries());
        }
        out.flush();
    }
}
