package org.parley.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.parley.core.backup.BackupManifest;
import org.parley.core.backup.Backups;
import org.parley.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley backup FILE}: a consistent backup of the database (H2 or PostgreSQL) and the stored
 * lists in one archive, taken while nodes keep serving.
 */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Write a backup of the database and the stored lists to FILE (a zip archive).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad input or the backup could not be written"})
public final class BackupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Parameters(paramLabel = "FILE", description = "Archive to write (replaced once complete).")
    private Path file;

    @Override
    public Integer call() {
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            BackupManifest manifest = new Backups(database, data.listStore(), Clock.systemUTC()).backup(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "backup written to %s: %d tables, %d rows, %d list snapshots, schema version %s%n",
                            file,
                            manifest.tables().size(),
                            manifest.rows(),
                            manifest.listSnapshots().size(),
                            manifest.schemaVersion());
        }
        return 0;
    }
}
