package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.screening.match.NameComparison;
import org.parley.screening.match.NameScreener;

/** Runs every quality evaluation against one screener and collects the figures. Stateless. */
public final class EvaluationSuite {
    private EvaluationSuite() {}

    /** How much of the data to use; the JUnit gate runs smaller samples than the report. */
    public record Settings(int syntheticPerKind, int negativeSample, long seed, double threshold) {
        public static Settings report() {
            return new Settings(500, 5000, 42, NameScreener.DEFAULT_THRESHOLD);
        }

        public static Settings quick() {
            return new Settings(150, 1500, 42, NameScreener.DEFAULT_THRESHOLD);
        }
    }

    /** Negatives of one source: how many queries, how many had any hit, examples. */
    public record NegativeSet(String name, int queries, int withHits, List<String> examples) {
        public double rate() {
            return queries == 0 ? Double.NaN : (double) withHits / queries;
        }
    }

    /** All figures of one run. */
    public record Summary(
            Settings settings,
            PairwiseEvaluation.Result cases,
            PairwiseEvaluation.Result casesBestThreshold,
            PairwiseEvaluation.Result checks,
            Map<SyntheticQueries.Perturbation, RecallCount> synthetic,
            RecallCount chinese,
            List<NegativeSet> negatives,
            List<String> putinMisses,
            int putinSpellings,
            List<String> crossScript,
            List<String> ofacFixtures,
            List<String> syntheticMisses,
            List<String> chineseMisses,
            Map<String, RecallCount> ownChinese,
            List<String> ownChineseMisses,
            List<String> ownChineseUnresolved,
            NegativeSet ownChineseUnlisted) {

        /** Recall over every kind of the hand-written Chinese names. */
        public RecallCount ownChineseTotal() {
            return ownChinese.values().stream().reduce(RecallCount.empty(), RecallCount::plus);
        }

        public RecallCount syntheticTotal() {
            return synthetic.values().stream().reduce(RecallCount.empty(), RecallCount::plus);
        }

        public NegativeSet negativesTotal() {
            int queries = negatives.stream().mapToInt(NegativeSet::queries).sum();
            int withHits = negatives.stream().mapToInt(NegativeSet::withHits).sum();
            return new NegativeSet("all negatives", queries, withHits, List.of());
        }
    }

    public static Summary run(EvaluationData data, NameScreener screener, Settings settings) {
        double threshold = settings.threshold();
        List<PairwiseEvaluation.ScoredLabel> cases = PairwiseEvaluation.score(screener, data.cases());
        List<PairwiseEvaluation.ScoredLabel> checks = PairwiseEvaluation.score(screener, FixtureFiles.checks(data));

        var syntheticMisses = new ArrayList<String>();
        var queries = SyntheticQueries.generate(data.csl(), settings.syntheticPerKind(), settings.seed());
        var synthetic = ScreeningChecks.synthetic(screener, queries, threshold, syntheticMisses);

        var chineseMisses = new ArrayList<String>();
        var chinese = ScreeningChecks.chinese(
                screener, ChineseNamePairs.build(data, screener.snapshot()), threshold, chineseMisses);

        var ownChineseMisses = new ArrayList<String>();
        var own = HandWrittenChineseNames.resolve(HandWrittenChineseNames.read(), screener.snapshot());
        Map<String, RecallCount> ownChinese = new LinkedHashMap<>();
        own.pairsByKind()
                .forEach((kind, pairs) ->
                        ownChinese.put(kind, ScreeningChecks.chinese(screener, pairs, threshold, ownChineseMisses)));

        List<String> putin = data.lines("eval/putin_names.txt");
        return new Summary(
                settings,
                PairwiseEvaluation.at(cases, threshold),
                PairwiseEvaluation.bestF1(cases),
                PairwiseEvaluation.at(checks, threshold),
                synthetic,
                chinese,
                negatives(data, screener, settings),
                ScreeningChecks.putinMisses(screener, putin, threshold),
                putin.size(),
                crossScript(data, screener, threshold),
                ofacFixtures(data, screener, threshold),
                syntheticMisses,
                chineseMisses,
                ownChinese,
                ownChineseMisses,
                own.unresolved(),
                unlistedChinese(screener, threshold));
    }

    private static List<NegativeSet> negatives(EvaluationData data, NameScreener screener, Settings settings) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        int sample = settings.negativeSample();
        sets.put(
                "negatives/sec_company_names.txt",
                EvaluationData.sample(data.lines("negatives/sec_company_names.txt"), sample, settings.seed()));
        sets.put(
                "negatives/companies.txt",
                EvaluationData.sample(data.lines("negatives/companies.txt"), sample, settings.seed()));
        sets.put("yente negatives_us.csv", data.yenteNegatives("negatives_us.csv", sample, settings.seed()));
        sets.put("yente negatives_global.csv", data.yenteNegatives("negatives_global.csv", sample, settings.seed()));
        var results = new ArrayList<NegativeSet>();
        sets.forEach((name, names) -> {
            var examples = new ArrayList<String>();
            int withHits = ScreeningChecks.queriesWithHits(screener, names, settings.threshold(), examples, 15);
            results.add(new NegativeSet(name, names.size(), withHits, examples));
        });
        return results;
    }

    /** Hand-written Chinese names of unlisted organisations: every hit is a false positive. */
    private static NegativeSet unlistedChinese(NameScreener screener, double threshold) {
        List<String> names = HandWrittenChineseNames.unlisted();
        var examples = new ArrayList<String>();
        int withHits = ScreeningChecks.queriesWithHits(screener, names, threshold, examples, names.size());
        return new NegativeSet("hand-written unlisted Chinese names", names.size(), withHits, examples);
    }

    /** One line per cross-script pair: score and whether it reaches the threshold. */
    private static List<String> crossScript(EvaluationData data, NameScreener screener, double threshold) {
        var lines = new ArrayList<String>();
        for (FixtureFiles.ScoredPair pair : FixtureFiles.crossScriptPairs(data)) {
            NameComparison comparison = screener.compare(pair.query(), pair.candidate());
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "%s %s ~ %s: %.3f%s",
                    comparison.score() >= threshold ? "match" : "miss ",
                    pair.query(),
                    pair.candidate(),
                    comparison.score(),
                    comparison.explanation().isEmpty() ? "" : " " + comparison.explanation()));
        }
        return lines;
    }

    /** OFAC fixture rows: our pairwise score next to OFAC's. */
    private static List<String> ofacFixtures(EvaluationData data, NameScreener screener, double threshold) {
        var lines = new ArrayList<String>();
        for (FixtureFiles.ScoredPair pair : FixtureFiles.ofacFixtures(data)) {
            double score = screener.compare(pair.query(), pair.candidate()).score();
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "%s|%s|%.0f|%.3f|%s",
                    pair.query(),
                    pair.candidate(),
                    pair.sourceScore(),
                    score,
                    score >= threshold ? "hit" : ""));
        }
        return lines;
    }
}
