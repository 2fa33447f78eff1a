package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley ledger}: the release ledger. */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        description = "The release ledger (who received which document version, and why).",
        subcommands = {LedgerExportCommand.class, CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
