package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.audit.ChainVerification;
import org.parley.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parley audit verify}: walks the audit chain from its first event and reports the first
 * broken position (a changed, removed, inserted or reordered event, or a cut-off tail).
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify the audit log's hash chain from the first event to the last.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:intact", "1:broken (the first broken position is printed)", "2:bad input"})
public final class AuditVerifyCommand implements Callable<Integer> {
    static final int BROKEN = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Override
    public Integer call() {
        ChainVerification verification;
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            verification = new AuditVerifier(database.jdbi()).verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = switch (verification) {
            case ChainVerification.Intact intact -> {
                out.printf("audit log intact: %d events, last hash %s%n", intact.events(), intact.lastHash());
                yield 0;
            }
            case ChainVerification.Broken broken -> {
                out.printf("audit log broken at event %d: %s%n", broken.seq(), broken.reason());
                yield BROKEN;
            }
        };
        out.flush();
        return exitCode;
    }
}
