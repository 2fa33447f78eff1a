package org.parley.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.screening.match.NameScreener;
import org.parley.testing.SharedData;

/**
 * The matching-quality gate: runs the cheaper evaluations on the full snapshot (CSL + OFAC SDN + UN)
 * and fails the build when a figure falls below its target (or, where the target is not reached
 * yet, below the level reached so far). Skipped when the shared data is absent.
 */
class EvaluationTargetsTest {
    private static EvaluationSuite.Summary summary;

    @BeforeAll
    static void evaluate() {
        var data = new EvaluationData(
                SharedData.file("csl/consolidated-2026-07-31.csv").getParent().getParent());
        NameScreener screener = NameScreener.of(data.full());
        summary = EvaluationSuite.run(data, screener, EvaluationSuite.Settings.quick());
    }

    @Test
    void pairwiseCasesBeatTheLogicV2Baseline() {
        assertThat(summary.cases().overall().f1()).isGreaterThan(0.79);
    }

    @Test
    void generatedListQueriesAreFound() {
        assertThat(summary.syntheticTotal().anyHitRecall()).isGreaterThanOrEqualTo(0.98);
        Map<SyntheticQueries.Perturbation, RecallCount> byKind = summary.synthetic();
        assertThat(byKind.get(SyntheticQueries.Perturbation.EXACT).anyHitRecall())
                .isEqualTo(1.0);
        assertThat(byKind.get(SyntheticQueries.Perturbation.REORDERED_PERSON).anyHitRecall())
                .isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void realCompanyAndPersonNamesRarelyHit() {
        for (EvaluationSuite.NegativeSet set : summary.negatives()) {
            // companies.txt is single brand words, many of them listed names verbatim (AMR, Alpha …)
            double limit = set.name().contains("companies.txt") ? 0.10 : 0.01;
            assertThat(set.rate()).as(set.name()).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void chineseOfficialNamesFindTheirEntityListEntries() {
        // Target 0.70 is not reached yet (0.62 on the report run); this guards the level reached.
        assertThat(summary.chinese().anyHitRecall()).isGreaterThanOrEqualTo(0.55);
        assertThat(summary.chinese().queries()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void mostSpellingsOfPutinFindHim() {
        assertThat(summary.putinSpellings() - summary.putinMisses().size()).isGreaterThanOrEqualTo(48);
        assertThat(summary.putinMisses()).doesNotContain("Vladimir Putin", "PUTIN, Vladimir", "Владимир Путин");
    }
}
