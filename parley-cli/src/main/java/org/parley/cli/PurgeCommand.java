package org.parley.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parley.core.audit.AuditLog;
import org.parley.core.retention.AuditPurge;
import org.parley.core.retention.RetentionPolicy;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley admin purge --before DATE}: deletes audit events recorded before DATE, which must be
 * at least five years ago (the retention period); the remaining chain stays verifiable.
 */
@Command(
        name = "purge",
        mixinStandardHelpOptions = true,
        description = "Delete audit events recorded before DATE; refused unless DATE is at least 5 years ago.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:purged (possibly nothing)", "2:refused (DATE within the retention period) or bad input"})
public final class PurgeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--before", required = true, paramLabel = "DATE", description = "Cut-off day (YYYY-MM-DD).")
    private LocalDate before;

    @Override
    public Integer call() {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            var purge = new AuditPurge(database.jdbi(), clock, new AuditLog(clock), new RetentionPolicy(clock));
            AuditPurge.Result result = purge.purgeBefore(Actor.system("cli"), before);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "purged %d audit events recorded before %s; the chain now starts at event %d%n",
                            result.eventsRemoved(), result.before(), result.firstKeptSeq());
            return 0;
        } catch (ValidationException e) {
            throw new UserError(e.getMessage());
        }
    }
}
