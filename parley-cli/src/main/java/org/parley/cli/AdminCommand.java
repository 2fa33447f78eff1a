package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley admin}: administration of the installation from the shell. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administer the installation (accounts, retention).",
        subcommands = {CreateUserCommand.class, PurgeCommand.class, CommandLine.HelpCommand.class})
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
