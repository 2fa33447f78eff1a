package org.parley.bench.eval;

import java.util.Locale;
import org.parley.screening.match.NameScreener;

/** Renders an evaluation summary as Markdown. Stateless. */
final class ReportFormat {
    private ReportFormat() {}

    static String headline(EvaluationSuite.Summary summary, LatencyProbe.Result latency) {
        return String.format(
                Locale.ROOT,
                "cases F1 %.3f | synthetic recall %.3f | Chinese recall %.3f (hand-written %.3f) | negatives with hits"
                        + " %.2f %% | p99 %.0f µs",
                summary.cases().overall().f1(),
                summary.syntheticTotal().anyHitRecall(),
                summary.chinese().anyHitRecall(),
                summary.ownChineseTotal().anyHitRecall(),
                summary.negativesTotal().rate() * 100,
                latency.p99Micros());
    }

    static String markdown(
            EvaluationSuite.Summary summary,
            NameScreener screener,
            double buildSeconds,
            long indexBytes,
            LatencyProbe.Result latency) {
        var text = new StringBuilder();
        text.append("# Name-matching evaluation\n\n");
        text.append(String.format(
                Locale.ROOT,
                "Threshold %.2f. Snapshot: %d entries, index %s; built in %.1f s; heap held by the index ≈ %.0f MB.%n%n",
                summary.settings().threshold(),
                screener.snapshot().size(),
                screener.index().statistics(),
                buildSeconds,
                indexBytes / 1e6));
        text.append("## Pairwise: eval/cases.csv\n\n");
        appendConfusion(text, "at default threshold", summary.cases());
        appendConfusion(text, "best threshold on the grid", summary.casesBestThreshold());
        text.append("\n| category | pairs (match/no) | recall | FPR |\n|---|---|---|---|\n");
        summary.cases()
                .byCategory()
                .forEach((category, confusion) -> text.append(String.format(
                        Locale.ROOT,
                        "| %s | %d/%d | %s | %s |%n",
                        category.isBlank() ? "(none)" : category,
                        confusion.positives(),
                        confusion.negatives(),
                        format(confusion.recall()),
                        format(confusion.falsePositiveRate()))));
        text.append("\n## Pairwise: eval/checks.yml\n\n");
        appendConfusion(text, "at default threshold", summary.checks());
        text.append("\n## Synthetic queries from the CSL against the full snapshot\n\n");
        text.append("| perturbation | queries | any-hit recall | top-hit recall |\n|---|---|---|---|\n");
        summary.synthetic().forEach((kind, count) -> appendRecall(text, kind.name(), count));
        appendRecall(text, "**all**", summary.syntheticTotal());
        text.append("\nMisses (first 30):\n\n")
                .append(EvaluationReport.bullets(summary.syntheticMisses()
                        .subList(0, Math.min(30, summary.syntheticMisses().size()))));
        text.append("\n## Chinese official names of Entity List parties\n\n");
        appendRecall(
                text,
                "Han-character names (cn.json + jp.json rows whose English name is an EL name)",
                summary.chinese());
        text.append("\nMisses:\n\n").append(EvaluationReport.bullets(summary.chineseMisses()));
        text.append("\n## Hand-written Chinese official names of Entity List organisations\n\n");
        text.append("| kind | queries | any-hit recall | top-hit recall |\n|---|---|---|---|\n");
        summary.ownChinese().forEach((kind, count) -> appendRecall(text, kind, count));
        appendRecall(text, "**all**", summary.ownChineseTotal());
        if (!summary.ownChineseUnresolved().isEmpty()) {
            text.append("\nEnglish names not on the Entity List of this snapshot:\n\n")
                    .append(EvaluationReport.bullets(summary.ownChineseUnresolved()));
        }
        text.append("\nMisses:\n\n").append(EvaluationReport.bullets(summary.ownChineseMisses()));
        EvaluationSuite.NegativeSet unlisted = summary.ownChineseUnlisted();
        text.append(String.format(
                Locale.ROOT,
                "%nHand-written Chinese names of unlisted organisations: %d of %d have a hit (%.1f %%)%n%n",
                unlisted.withHits(),
                unlisted.queries(),
                unlisted.rate() * 100));
        text.append(EvaluationReport.bullets(unlisted.examples()));
        text.append(
                "\n## Negatives: share of queries with any hit\n\n| set | queries | with hits | rate |\n|---|---|---|---|\n");
        for (EvaluationSuite.NegativeSet set : summary.negatives()) {
            appendNegative(text, set);
        }
        appendNegative(text, summary.negativesTotal());
        for (EvaluationSuite.NegativeSet set : summary.negatives()) {
            text.append("\nExamples, ")
                    .append(set.name())
                    .append(":\n\n")
                    .append(EvaluationReport.bullets(set.examples()));
        }
        text.append(String.format(
                Locale.ROOT,
                "%n## putin_names.txt%n%n%d of %d spellings find PUTIN, Vladimir Vladimirovich. Misses:%n%n",
                summary.putinSpellings() - summary.putinMisses().size(),
                summary.putinSpellings()));
        text.append(EvaluationReport.bullets(summary.putinMisses()));
        text.append("\n## cross_script_pairs.csv\n\n").append(EvaluationReport.bullets(summary.crossScript()));
        text.append("\n## ofac_fixtures.csv (query | result | OFAC score | our score | hit)\n\n")
                .append(EvaluationReport.bullets(summary.ofacFixtures()));
        text.append(String.format(
                Locale.ROOT,
                "%n## Latency probe (%d mixed queries, one thread)%n%n"
                        + "p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, max %.0f µs; batch on 2 threads %.0f names/s; "
                        + "brute force %.1f ms/query, %.0f× slower than the index (mean %.0f µs).%n",
                latency.queries(),
                latency.p50Micros(),
                latency.p90Micros(),
                latency.p99Micros(),
                latency.maxMicros(),
                latency.batchNamesPerSecond(),
                latency.bruteForceMillis(),
                latency.speedUp(),
                latency.indexedMeanMicros()));
        return text.toString();
    }

    private static void appendConfusion(StringBuilder text, String label, PairwiseEvaluation.Result result) {
        Confusion confusion = result.overall();
        text.append(String.format(
                Locale.ROOT,
                "- %s (%.2f): precision %s, recall %s, F1 %s (TP %d, FP %d, TN %d, FN %d)%n",
                label,
                result.threshold(),
                format(confusion.precision()),
                format(confusion.recall()),
                format(confusion.f1()),
                confusion.truePositives(),
                confusion.falsePositives(),
                confusion.trueNegatives(),
                confusion.falseNegatives()));
    }

    private static void appendRecall(StringBuilder text, String label, RecallCount count) {
        text.append(String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s |%n",
                label,
                count.queries(),
                format(count.anyHitRecall()),
                format(count.topHitRecall())));
    }

    private static void appendNegative(StringBuilder text, EvaluationSuite.NegativeSet set) {
        text.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.2f %% |%n",
                set.name(),
                set.queries(),
                set.withHits(),
                set.rate() * 100));
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
