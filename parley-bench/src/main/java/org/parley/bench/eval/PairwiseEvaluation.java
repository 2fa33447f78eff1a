package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.screening.match.NameScreener;

/** Scores labelled name pairs and measures precision, recall and F1 at a threshold. Stateless. */
public final class PairwiseEvaluation {
    private PairwiseEvaluation() {}

    /** A labelled pair with the screener's score. */
    public record ScoredLabel(LabelledPair pair, double score) {}

    /** Overall and per-category confusion at one threshold. */
    public record Result(double threshold, Confusion overall, Map<String, Confusion> byCategory) {}

    public static List<ScoredLabel> score(NameScreener screener, List<LabelledPair> pairs) {
        var scored = new ArrayList<ScoredLabel>(pairs.size());
        for (LabelledPair pair : pairs) {
            scored.add(new ScoredLabel(
                    pair, screener.compare(pair.query(), pair.candidate()).score()));
        }
        return scored;
    }

    public static Result at(List<ScoredLabel> scored, double threshold) {
        Confusion overall = Confusion.empty();
        Map<String, Confusion> byCategory = new TreeMap<>();
        for (ScoredLabel label : scored) {
            boolean predicted = label.score() >= threshold;
            overall = overall.add(predicted, label.pair().match());
            byCategory.merge(
                    label.pair().category(),
                    Confusion.empty().add(predicted, label.pair().match()),
                    (a, b) -> new Confusion(
                            a.truePositives() + b.truePositives(),
                            a.falsePositives() + b.falsePositives(),
                            a.trueNegatives() + b.trueNegatives(),
                            a.falseNegatives() + b.falseNegatives()));
        }
        return new Result(threshold, overall, byCategory);
    }

    /** The threshold (on a 0.01 grid) with the best F1, for tuning reports. */
    public static Result bestF1(List<ScoredLabel> scored) {
        Result best = at(scored, 0.5);
        for (int step = 50; step <= 100; step++) {
            Result result = at(scored, step / 100.0);
            if (result.overall().f1() > best.overall().f1()) {
                best = result;
            }
        }
        return best;
    }
}
