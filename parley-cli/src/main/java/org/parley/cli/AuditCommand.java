package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley audit}: checks on the audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the audit trail.",
        subcommands = {AuditVerifyCommand.class, CommandLine.HelpCommand.class})
public final class AuditCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
