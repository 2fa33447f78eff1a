package org.parley.core.release;

import java.util.List;

/** The result of one release: a decision per recipient, delivered or withheld. Immutable. */
public record ReleaseReport(long releaseId, long versionId, List<RecipientDecision> decisions) {

    public ReleaseReport {
        decisions = List.copyOf(decisions);
    }

    public List<RecipientDecision> withheld() {
        return decisions.stream().filter(decision -> !decision.delivered()).toList();
    }
}
