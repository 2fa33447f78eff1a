package org.parley.rules.steps;

import java.util.LinkedHashSet;
import java.util.Set;
import org.parley.rules.regulation.Applicability;
import org.parley.rules.regulation.ControlDestination;
import org.parley.rules.regulation.CountryChart;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * General Prohibition One: each reason for control of the ECCN checked against the Commerce Country
 * Chart for every destination (§738.4), plus the rows that name destinations in prose (EI §742.15,
 * RS §742.6 group rules). Stateless.
 */
final class CountryChartStep implements Step {
    static final String STEP = "gp1";

    @Override
    public void apply(DecisionContext context) {
        ItemControls item = context.item();
        if (!item.onCcl()) {
            context.trace(STEP, "15 CFR 734.3(c)", "no Country Chart requirement: EAR99 is not on the CCL");
            context.note(Note.BASIS, "15 CFR 734.3(c)");
            return;
        }
        CountryChart chart = context.rules().countryChart();
        Set<String> required = new LinkedHashSet<>();
        for (String destination : context.exportType().destinations()) {
            if (destination.equals("US") || chart.embargoed(destination)) {
                continue;
            }
            for (ItemControls.Covered covered : item.covered()) {
                check(context, destination, covered, required);
            }
        }
        if (required.isEmpty()) {
            context.trace(
                    STEP,
                    "15 CFR 738.4",
                    "no licence required: no reason for control of " + item.describe() + " marks "
                            + String.join(", ", context.exportType().destinations()));
            context.note(Note.BASIS, "15 CFR 738.4");
        }
    }

    private static void check(
            DecisionContext context, String destination, ItemControls.Covered covered, Set<String> required) {
        ControlDestination where = covered.control().destination();
        String reason = covered.control().reason();
        if (where instanceof ControlDestination.Referral referral) {
            context.trace(
                    STEP, "15 CFR 738.4", reason + ": \"" + referral.text() + "\" (decided by the Part 744/746 steps)");
            return;
        }
        boolean marked = where.covers(
                destination, context.rules().countryChart(), context.rules().countryGroups());
        String assumed = covered.applicability() == Applicability.ASSUMED
                ? " (row scope \"" + covered.control().text() + "\" assumed to cover the item)"
                : "";
        if (!marked) {
            context.trace(STEP, where.citation(), reason + ": no licence required for " + destination + assumed);
            return;
        }
        if (required.add(where.citation())) {
            context.require(new Requirement(Requirement.Source.COUNTRY_CHART, where.citation(), null, reason));
        }
        context.trace(STEP, where.citation(), reason + ": licence required for " + destination + assumed);
    }
}
