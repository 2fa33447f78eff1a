package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.lists.StoredLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley lists import}: make the given files the active lists, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Store list files (CSL CSV/JSON, OFAC legacy CSV folder, UN XML) as the active lists. "
                + "All or nothing: if any file is malformed, the previous lists stay active.")
public final class ListsImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "List files or folders.")
    private List<Path> paths;

    @Override
    public Integer call() {
        StoredLists stored = Progress.whileRunning(
                "importing lists",
                () -> data.listStore()
                        .importFrom(paths, paths.stream().map(Path::toString).toList()));
        AfterImport.report(data, stored, spec.commandLine().getOut());
        return 0;
    }
}
