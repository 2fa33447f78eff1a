package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley demo}: a seeded demo installation, served locally. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the demo installation.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("The working-group platform demo is not available yet.");
        out.println(
                "Screening works now, e.g.: ./parley screen --lists ../shared/data/csl/consolidated-2026-07-31.csv '华为技术有限公司'");
        out.flush();
        return 0;
    }
}
