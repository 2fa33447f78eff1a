package org.parley.cli;

import java.nio.file.Files;
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
 * {@code parley restore FILE}: replaces the database's content and the active lists with a backup's,
 * in one transaction. Stop the nodes first. Refuses to delete audit events the backup lacks.
 */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup made by 'parley backup' (from H2 or PostgreSQL, into either). Stop every node first.",
            "Refused when the database holds audit events the backup lacks: restore into an empty database then."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:restored", "2:bad input or refused; the database is unchanged"})
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Parameters(paramLabel = "FILE", description = "Archive written by 'parley backup'.")
    private Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such backup file: " + file);
        }
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            BackupManifest manifest = new Backups(database, data.listStore(), Clock.systemUTC()).restore(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "restored %s (taken %s from %s): %d rows, active lists %s%n",
                            file,
                            manifest.createdAt(),
                            manifest.database(),
                            manifest.rows(),
                            manifest.activeLists() == null ? "none" : manifest.activeLists());
        }
        return 0;
    }
}
