package org.parley.rules.steps;

import java.util.List;
import org.parley.rules.Outcome;
import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;

/**
 * General Prohibition Four (§736.2(b)(4)): no dealing with a person under a denial order in force on
 * the day, whoever receives or acts for the release. Runs even when the release is not an export.
 * Stateless.
 */
final class DeniedPersonsStep implements Step {
    static final String STEP = "gp4";
    private static final String CITATION = "15 CFR 736.2(b)(4)";

    @Override
    public void apply(DecisionContext context) {
        List<ListedParty> denied = context.parties().transactionParties("DPL");
        for (ListedParty party : denied) {
            EntityListing listing = EntityListing.of(party.entry());
            if (!listing.listedOn(context.date(), context.rules().federalRegisterDates())) {
                context.trace(
                        STEP,
                        CITATION,
                        "does not apply to " + party.describe() + ": no denial order in force"
                                + " on " + context.date() + " (order from "
                                + listing.listedSince(context.rules().federalRegisterDates())
                                + (party.entry().endDate() == null
                                        ? ""
                                        : ", expiring " + party.entry().endDate()) + ")");
                continue;
            }
            context.trace(STEP, CITATION, "applies: " + party.describe() + "; a denial order prohibits the release");
            context.settle(new Outcome.Prohibited(), List.of(CITATION));
            return;
        }
        if (denied.isEmpty()) {
            context.trace(STEP, CITATION, "does not apply: no party is on the Denied Persons List");
        }
    }

    @Override
    public boolean runsForNonExports() {
        return true;
    }
}
