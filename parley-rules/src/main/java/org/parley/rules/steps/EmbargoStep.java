package org.parley.rules.steps;

import java.util.Optional;
import org.parley.rules.regulation.Embargo;
import org.parley.rules.request.Countries;

/**
 * General Prohibition Six and the Part 746 sanctions: Cuba, Iran, North Korea, Syria, the covered
 * regions of Ukraine, and Russia and Belarus (§746.8). Stateless.
 */
final class EmbargoStep implements Step {
    static final String STEP = "gp6";

    @Override
    public void apply(DecisionContext context) {
        boolean any = false;
        for (String destination : context.exportType().destinations()) {
            Optional<Embargo> embargo = context.rules().embargo(destination);
            if (embargo.isEmpty() && !destination.equals(Countries.countryOf(destination))) {
                embargo = context.rules().embargo(Countries.countryOf(destination));
            }
            if (embargo.isEmpty()) {
                continue;
            }
            any = true;
            check(context, destination, embargo.get());
        }
        if (!any) {
            context.trace(
                    STEP, "15 CFR 746", "does not apply: no destination is embargoed or sanctioned under Part 746");
        }
    }

    private static void check(DecisionContext context, String destination, Embargo embargo) {
        if (!embargo.inForceOn(context.date())) {
            context.trace(
                    STEP, embargo.citation(), "does not apply to " + destination + ": in force from " + embargo.from());
            return;
        }
        boolean onCcl = context.item().onCcl();
        if (!embargo.reaches(onCcl, context.exportType().deemed())) {
            context.trace(
                    STEP,
                    embargo.citation(),
                    "does not apply to " + destination + ": reaches "
                            + (embargo.items() == Embargo.Items.CCL
                                    ? "items on the CCL"
                                    : "CCL items for deemed exports")
                            + ", and " + context.item().describe() + " is not one"
                            + (embargo.note() == null ? "" : " (" + embargo.note() + ")"));
            return;
        }
        context.trace(
                STEP,
                embargo.citation(),
                "licence required: " + destination + " is under " + embargo.citation()
                        + (embargo.note() == null ? "" : " (" + embargo.note() + ")"));
        context.require(new Requirement(Requirement.Source.EMBARGO, embargo.citation(), embargo.policy(), null));
    }
}
