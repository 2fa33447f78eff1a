package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.audit.ChainVerification;
import org.parley.core.release.LedgerVerification;
import org.parley.core.release.LedgerVerifier;
import org.parley.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parley audit verify}: walks the hash-chained audit log and checks every release ledger row
 * against the hash the chain recorded for it.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify the audit chain and the release ledger against it.",
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
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(PlatformDatabase.config(System.getenv(), data.folder()))) {
            ChainVerification chain = new AuditVerifier(database.jdbi()).verify();
            switch (chain) {
                case ChainVerification.Broken broken -> {
                    out.printf("audit chain broken at event %d: %s%n", broken.seq(), broken.reason());
                    return BROKEN;
                }
                case ChainVerification.Intact intact -> out.printf("audit chain intact: %d events%n", intact.events());
            }
            LedgerVerification ledger = new LedgerVerifier(database.jdbi()).verify();
            switch (ledger) {
                case LedgerVerification.Broken broken -> {
                    out.printf("release ledger broken at row %d: %s%n", broken.ledgerId(), broken.reason());
                    return BROKEN;
                }
                case LedgerVerification.Intact intact -> out.printf("release ledger intact: %d rows%n", intact.rows());
            }
            return 0;
        }
    }
}
