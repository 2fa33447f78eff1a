package org.parley.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.parley.core.lists.ListStore;
import org.parley.screening.lists.ListFiles;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that uses the installation's stored state. */
public final class DataOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder (database, stored lists). Default: $PARLEY_DATA or ./data")
    private Path data;

    public Path folder() {
        if (data != null) {
            return data;
        }
        String fromEnvironment = System.getenv("PARLEY_DATA");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment);
    }

    public ListStore listStore() {
        return new ListStore(folder().resolve("lists"), Clock.systemUTC(), ListFiles::read);
    }
}
