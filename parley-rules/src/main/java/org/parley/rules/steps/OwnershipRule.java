package org.parley.rules.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.regulation.RulePeriod;
import org.parley.rules.regulation.RuleTimeline;

/**
 * The Affiliates rule (90 FR 47201, from 2025-09-29): a recipient owned 50 % or more, individually or
 * in the aggregate, by listed parties takes on their restrictions, except while the rule is stayed
 * (2025-11-10 to 2026-11-09). Stateless.
 */
final class OwnershipRule {
    private OwnershipRule() {}

    /** The listed owners whose restrictions pass to the recipient on the day (empty if none or stayed). */
    static List<ListedParty> controllingOwners(DecisionContext context, String listCode) {
        Map<String, List<ListedParty>> owners = context.parties().ownersOn(listCode);
        if (owners.isEmpty()) {
            return List.of();
        }
        List<ListedParty> listed = new ArrayList<>();
        double share = 0;
        for (List<ListedParty> hits : owners.values()) {
            ListedParty best = hits.getFirst();
            if (EntityListing.of(best.entry())
                    .listedOn(context.date(), context.rules().federalRegisterDates())) {
                listed.add(best);
                share += best.ownershipPercent();
            }
        }
        RuleTimeline timeline = context.rules().timeline();
        RulePeriod rule = timeline.period(RuleTimeline.AFFILIATES_RULE);
        RulePeriod stay = timeline.period(RuleTimeline.AFFILIATES_RULE_STAY);
        String owned = "listed owners on the " + listCode + " hold " + formatShare(share) + " % of the recipient";
        if (listed.isEmpty()) {
            return List.of();
        }
        if (share < 50) {
            context.trace(
                    EntityListStep.STEP,
                    rule.citation() + " (Affiliates rule)",
                    "does not apply: " + owned + ", below 50 %");
            return List.of();
        }
        if (!rule.inForceOn(context.date())) {
            context.trace(
                    EntityListStep.STEP,
                    rule.citation() + " (Affiliates rule)",
                    "does not apply: " + owned
                            + ", but the rule is not in force on " + context.date() + " (" + rule.window() + ", "
                            + rule.federalRegister() + ")");
            return List.of();
        }
        if (stay.inForceOn(context.date())) {
            context.trace(
                    EntityListStep.STEP,
                    rule.citation() + " (Affiliates rule)",
                    "does not apply: " + owned
                            + ", but the rule is stayed on " + context.date() + " (" + stay.window() + ", "
                            + stay.federalRegister() + ")");
            return List.of();
        }
        context.trace(
                EntityListStep.STEP,
                rule.citation() + " (Affiliates rule)",
                "applies: " + owned + " (50 % or more); their restrictions pass to the recipient ("
                        + rule.federalRegister() + ")");
        return listed;
    }

    private static String formatShare(double share) {
        return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share);
    }
}
