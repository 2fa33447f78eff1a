package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.rules.DecisionEngine;
import org.parley.rules.Determination;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.screening.lists.ListFiles;
import org.parley.screening.match.NameScreener;

/**
 * One release decision, screening of the recipient and its owners included, against the complete
 * CSL of 2026-07-31. Sample-time mode reports the p99 the target refers to (≤ 2 ms). Run with
 * {@code java -Dparley.shared.data=../shared/data -jar parley-bench/target/benchmarks.jar DecideBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class DecideBenchmark {
    private DecisionEngine engine;
    private List<DecisionRequest> requests;
    private int next;

    @Setup
    public void load() {
        Path csl = Path.of(System.getProperty("parley.shared.data", "../shared/data"))
                .resolve("csl/consolidated-2026-07-31.csv");
        engine = new DecisionEngine(Regulations.load(), NameScreener.of(ListFiles.read(csl)));
        requests = DecideWorkload.requests();
    }

    @Benchmark
    public Determination decide() {
        next = (next + 1) % requests.size();
        return engine.decide(requests.get(next));
    }
}
