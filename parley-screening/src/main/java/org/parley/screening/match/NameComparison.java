package org.parley.screening.match;

import java.util.List;

/**
 * The similarity of two names and why.
 *
 * @param score in [0, 1]
 * @param explanation normalization steps and token pairings, in order
 */
public record NameComparison(double score, List<String> explanation) {
    public NameComparison {
        explanation = List.copyOf(explanation);
    }
}
