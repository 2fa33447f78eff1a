package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.parley.bench.baseline.BruteForceScreener;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.match.NameScreener;

/**
 * A quick latency and throughput probe, next to the JMH benchmarks: single-query percentiles on one
 * thread, batch throughput on two threads, and the brute-force baseline on a few queries.
 */
public final class LatencyProbe {
    private LatencyProbe() {}

    /** Figures in microseconds, names per second and the speed-up over brute force. */
    public record Result(
            int queries,
            double p50Micros,
            double p90Micros,
            double p99Micros,
            double maxMicros,
            double batchNamesPerSecond,
            double bruteForceMillis,
            double indexedMeanMicros) {
        public double speedUp() {
            return bruteForceMillis * 1000 / indexedMeanMicros;
        }
    }

    /** A fixed mix of list-derived queries (with typos etc.) and negatives, for benchmarks. */
    public static List<String> queryMix(EvaluationData data, int size, long seed) {
        var queries = new ArrayList<String>();
        SyntheticQueries.generate(data.csl(), size / 14 + 1, seed).forEach(query -> queries.add(query.text()));
        queries.addAll(data.yenteNegatives("negatives_global.csv", size / 4, seed));
        queries.addAll(EvaluationData.sample(data.lines("negatives/sec_company_names.txt"), size / 4, seed));
        return EvaluationData.sample(queries, size, seed);
    }

    public static Result run(NameScreener screener, EvaluationData data, long seed) {
        List<String> queries = queryMix(data, 4000, seed);
        for (int round = 0; round < 2; round++) {
            queries.forEach(query -> screener.screen(ScreeningQuery.of(query), NameScreener.DEFAULT_THRESHOLD));
        }
        double[] micros = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            screener.screen(ScreeningQuery.of(queries.get(i)), NameScreener.DEFAULT_THRESHOLD);
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        double mean = Arrays.stream(micros).average().orElse(0);
        Arrays.sort(micros);
        return new Result(
                queries.size(),
                percentile(micros, 0.50),
                percentile(micros, 0.90),
                percentile(micros, 0.99),
                micros[micros.length - 1],
                batchThroughput(screener, queries),
                bruteForceMillis(screener, queries.subList(0, 20)),
                mean);
    }

    private static double batchThroughput(NameScreener screener, List<String> queries) {
        var pool = new ForkJoinPool(2);
        try {
            long start = System.nanoTime();
            pool.submit(() -> queries.parallelStream()
                            .forEach(
                                    query -> screener.screen(ScreeningQuery.of(query), NameScreener.DEFAULT_THRESHOLD)))
                    .get();
            return queries.size() / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch screening failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static double bruteForceMillis(NameScreener screener, List<String> queries) {
        var bruteForce = new BruteForceScreener(screener.index());
        bruteForce.screen(queries.get(0), NameScreener.DEFAULT_THRESHOLD);
        long start = System.nanoTime();
        queries.forEach(query -> bruteForce.screen(query, NameScreener.DEFAULT_THRESHOLD));
        return (System.nanoTime() - start) / 1e6 / queries.size();
    }

    private static double percentile(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
