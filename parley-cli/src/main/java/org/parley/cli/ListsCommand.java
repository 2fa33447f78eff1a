package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley lists}: manage the stored restricted-party lists. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "Import, update, inspect and compare the stored restricted-party lists.",
        subcommands = {
            ListsImportCommand.class,
            ListsUpdateCommand.class,
            ListsStatusCommand.class,
            ListsDiffCommand.class
        })
public final class ListsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
