package org.parley.rules.steps;

/** One step of the decision order; appends trace lines and findings to the context. Stateless. */
interface Step {

    void apply(DecisionContext context);

    /** Whether the step still runs when the release turned out not to be an export (GP4 does). */
    default boolean runsForNonExports() {
        return false;
    }
}
