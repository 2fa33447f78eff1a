package org.parley.bench.eval;

/** Counts of a binary decision against labels; immutable. */
public record Confusion(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {
    public static Confusion empty() {
        return new Confusion(0, 0, 0, 0);
    }

    public Confusion add(boolean predicted, boolean actual) {
        return new Confusion(
                truePositives + (predicted && actual ? 1 : 0),
                falsePositives + (predicted && !actual ? 1 : 0),
                trueNegatives + (!predicted && !actual ? 1 : 0),
                falseNegatives + (!predicted && actual ? 1 : 0));
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double falsePositiveRate() {
        return ratio(falsePositives, falsePositives + trueNegatives);
    }

    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public int positives() {
        return truePositives + falseNegatives;
    }

    public int negatives() {
        return falsePositives + trueNegatives;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
