package org.parley.bench.eval;

/** Two names and whether they refer to the same party, as labelled in an evaluation set. */
public record LabelledPair(String schema, String query, String candidate, boolean match, String category) {}
