package org.parley.bench.eval;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.match.NameScreener;

/**
 * Command-line evaluation of the name matcher: builds the full snapshot (CSL + OFAC SDN + UN), runs
 * every quality evaluation and a latency probe, and writes a Markdown report. Usage: {@code
 * EvaluationReport [report-file] [shared-data-folder]}.
 */
public final class EvaluationReport {
    private static final System.Logger LOG = System.getLogger(EvaluationReport.class.getName());

    private EvaluationReport() {}

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "parley-bench/target/evaluation-report.md");
        EvaluationData data =
                args.length > 1 ? new EvaluationData(Path.of(args[1])) : EvaluationData.fromSystemProperty();
        if (!data.isPresent()) {
            throw new IllegalStateException("shared data not found under " + data.root());
        }
        ListSnapshot snapshot = data.full();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        NameScreener screener = NameScreener.of(snapshot);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long indexBytes = usedHeap() - heapBefore;
        EvaluationSuite.Summary summary = EvaluationSuite.run(data, screener, EvaluationSuite.Settings.report());
        LatencyProbe.Result latency = LatencyProbe.run(screener, data, 42);
        String text = ReportFormat.markdown(summary, screener, buildSeconds, indexBytes, latency);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8);
        LOG.log(Level.INFO, "evaluation report written to " + report.toAbsolutePath());
        LOG.log(Level.INFO, ReportFormat.headline(summary, latency));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String bullets(List<String> items) {
        var text = new StringBuilder();
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        return text.toString();
    }
}
