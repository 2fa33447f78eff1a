package org.parley.cli;

import java.io.PrintWriter;
import org.parley.core.backup.BackupException;
import org.parley.core.lists.ListImportException;
import org.parley.screening.lists.ListFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: entry point for every subcommand. */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        version = "parley 0.1.0",
        description = "Cross-border working groups under export controls: screening, release decisions, platform.",
        subcommands = {
            ScreenCommand.class,
            DecideCommand.class,
            ServeCommand.class,
            AdminCommand.class,
            AuditCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ListsCommand.class,
            DemoCommand.class,
            LedgerCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:partial failure (e.g. malformed batch lines)", "2:bad input", "3:internal error"
        })
public final class ParleyCommand implements Runnable {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with Parley's error handling: known input problems become one-line messages. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new ParleyCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (isBadInput(exception)) {
                err.println("parley: " + exception.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("parley: internal error: " + exception);
            exception.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static boolean isBadInput(Throwable exception) {
        return exception instanceof UserError
                || exception instanceof ListFileException
                || exception instanceof ListImportException
                || exception instanceof BackupException
                || exception instanceof IllegalArgumentException;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
