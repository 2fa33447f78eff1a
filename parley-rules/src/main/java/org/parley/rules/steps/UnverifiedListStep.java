package org.parley.rules.steps;

import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * The Unverified List (§744.15): no licence exceptions for a UVL party, and where no licence is
 * needed the exporter must first obtain the party's UVL statement. Stateless.
 */
final class UnverifiedListStep implements Step {
    private static final String CITATION = "15 CFR 744.15";

    @Override
    public void apply(DecisionContext context) {
        for (ListedParty party : context.parties().transactionParties("UVL")) {
            if (!EntityListing.of(party.entry())
                    .listedOn(context.date(), context.rules().federalRegisterDates())) {
                continue;
            }
            context.trace(
                    EntityListStep.STEP,
                    CITATION,
                    "applies: " + party.describe() + "; no licence exceptions,"
                            + " and a UVL statement is needed before any export that needs no licence");
            context.note(Note.EXCEPTION_BAR, "an Unverified List party is involved (§744.15(a))");
            context.note(
                    Note.CONDITION,
                    "Obtain a UVL statement from '" + party.entry().name() + "' before the release"
                            + " (15 CFR 744.15(b))");
            context.note(Note.BASIS, "15 CFR 744.15(b)");
            return;
        }
        context.trace(EntityListStep.STEP, CITATION, "does not apply: no party is on the Unverified List");
    }
}
