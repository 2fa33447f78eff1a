package org.parley.bench.eval;

/** How many queries found their expected entry at all, and as (joint) best hit. Immutable. */
public record RecallCount(int queries, int anyHit, int topHit) {
    public static RecallCount empty() {
        return new RecallCount(0, 0, 0);
    }

    public RecallCount add(boolean found, boolean top) {
        return new RecallCount(queries + 1, anyHit + (found ? 1 : 0), topHit + (top ? 1 : 0));
    }

    public RecallCount plus(RecallCount other) {
        return new RecallCount(queries + other.queries, anyHit + other.anyHit, topHit + other.topHit);
    }

    public double anyHitRecall() {
        return queries == 0 ? Double.NaN : (double) anyHit / queries;
    }

    public double topHitRecall() {
        return queries == 0 ? Double.NaN : (double) topHit / queries;
    }
}
