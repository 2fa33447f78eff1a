package org.parley.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.parley.bench.baseline.BruteForceScreener;
import org.parley.bench.eval.EvaluationData;
import org.parley.bench.eval.LatencyProbe;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.match.NameScreener;

/**
 * Screening speed on the full snapshot (CSL + OFAC SDN + UN, ≈ 84,000 indexed names): single-query
 * latency distribution, throughput on two threads, and the brute-force baseline (every name scored
 * with per-word Jaro-Winkler) in the same run. Queries are a fixed mix of list-derived variants
 * (typos, reordering, legal forms …) and names that are not listed. Reads {@code ../shared/data}
 * or the folder named by {@code -Dparley.shared.data}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ScreeningBenchmark {
    private NameScreener screener;
    private BruteForceScreener bruteForce;
    private List<String> queries;

    /** Walks through the query mix, one position per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        String next(List<String> queries) {
            String query = queries.get(next);
            next = (next + 1) % queries.size();
            return query;
        }
    }

    @Setup(Level.Trial)
    public void buildIndex() {
        EvaluationData data = EvaluationData.fromSystemProperty();
        if (!data.isPresent()) {
            throw new IllegalStateException("shared data not found under " + data.root()
                    + "; run from the project folder or pass -Dparley.shared.data=…");
        }
        screener = NameScreener.of(data.full());
        bruteForce = new BruteForceScreener(screener.index());
        queries = LatencyProbe.queryMix(data, 2000, 42);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<ScreeningHit> singleQuery(Cursor cursor) {
        return screener.screen(ScreeningQuery.of(cursor.next(queries)), NameScreener.DEFAULT_THRESHOLD);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public List<ScreeningHit> batchTwoThreads(Cursor cursor) {
        return screener.screen(ScreeningQuery.of(cursor.next(queries)), NameScreener.DEFAULT_THRESHOLD);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<BruteForceScreener.Hit> bruteForceBaseline(Cursor cursor) {
        return bruteForce.screen(cursor.next(queries), NameScreener.DEFAULT_THRESHOLD);
    }
}
