package org.parley.web.pages.compliance;

import org.parley.rules.Determination;

/**
 * What the console answers for a hypothetical release: the determination, or the field of the
 * question the rules engine could not read and why. Immutable.
 */
public record ReleaseDecision(Determination determination, String field, String problem) {

    static ReleaseDecision of(Determination determination) {
        return new ReleaseDecision(determination, null, null);
    }

    static ReleaseDecision invalid(String field, String problem) {
        return new ReleaseDecision(null, field, problem);
    }

    public boolean decided() {
        return determination != null;
    }
}
