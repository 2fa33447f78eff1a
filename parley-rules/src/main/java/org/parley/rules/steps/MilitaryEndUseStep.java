package org.parley.rules.steps;

import java.util.ArrayList;
import java.util.List;
import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.regulation.MilitaryEndUseRules;
import org.parley.rules.request.Countries;
import org.parley.rules.request.Knowledge;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * Military end use and end users (§744.21): parties on the MEU List, and releases the exporter knows
 * are for a military end use or user in the named destinations (Supp. No. 2 items; any item for
 * Russia and Belarus since 2022). Military-intelligence end uses and users (§744.22). Stateless.
 */
final class MilitaryEndUseStep implements Step {
    private static final String POLICY = "Presumption of denial";

    @Override
    public void apply(DecisionContext context) {
        MilitaryEndUseRules rules = context.rules().militaryEndUse();
        List<ListedParty> listed = new ArrayList<>();
        for (ListedParty party : context.parties().transactionParties("MEU")) {
            if (EntityListing.of(party.entry())
                    .listedOn(context.date(), context.rules().federalRegisterDates())) {
                listed.add(party);
            }
        }
        listed.addAll(OwnershipRule.controllingOwners(context, "MEU"));
        boolean knowsMilitary = context.request().knowledge().stream().anyMatch(Knowledge::militaryEndUse);
        boolean required = false;
        for (String destination : context.exportType().destinations()) {
            MilitaryEndUseRules.CountryScope scope = rules.scopeFor(Countries.countryOf(destination), context.date());
            if (scope == null || (listed.isEmpty() && !knowsMilitary)) {
                continue;
            }
            boolean reaches = scope.allItems()
                    || rules.supplement2().contains(context.item().eccn().head());
            String who = listed.isEmpty()
                    ? "the exporter knows of a military end use or end user"
                    : listed.getFirst().describe() + " (MEU List)";
            if (!reaches) {
                context.trace(
                        EntityListStep.STEP,
                        rules.citation(),
                        "does not apply: " + who + " in " + destination + ", but "
                                + context.item().describe() + " is not in Supp. No. 2 to Part 744");
                continue;
            }
            context.trace(
                    EntityListStep.STEP,
                    rules.citation(),
                    "licence required: " + who + " in " + destination
                            + (scope.allItems()
                                    ? "; any item subject to the EAR"
                                    : "; " + context.item().describe() + " is in Supp. No. 2 to Part 744"));
            required = true;
        }
        if (required) {
            context.require(new Requirement(Requirement.Source.MILITARY_END_USE, rules.citation(), POLICY, null));
            context.note(Note.EXCEPTION_BAR, "a military end use or end user is involved (§744.21(b))");
        } else if (listed.isEmpty() && !knowsMilitary) {
            context.trace(
                    EntityListStep.STEP,
                    rules.citation(),
                    "does not apply: no MEU List party and no known" + " military end use or end user");
        }
        intelligence(context, rules);
    }

    private static void intelligence(DecisionContext context, MilitaryEndUseRules rules) {
        if (context.request().knowledge().stream().noneMatch(Knowledge::militaryIntelligence)) {
            return;
        }
        boolean inForce = rules.intelligenceFrom() == null || !context.date().isBefore(rules.intelligenceFrom());
        for (String destination : context.exportType().destinations()) {
            if (inForce && rules.intelligenceCountries().contains(Countries.countryOf(destination))) {
                context.trace(
                        EntityListStep.STEP,
                        rules.intelligenceCitation(),
                        "licence required: a military-" + "intelligence end use or end user in " + destination
                                + "; any item subject to the EAR");
                context.require(new Requirement(
                        Requirement.Source.MILITARY_END_USE, rules.intelligenceCitation(), POLICY, null));
                context.note(Note.EXCEPTION_BAR, "a military-intelligence end use or end user is involved (§744.22)");
                return;
            }
        }
        context.trace(
                EntityListStep.STEP,
                rules.intelligenceCitation(),
                "does not apply: no destination of §744.22"
                        + (inForce ? "" : " (in force from " + rules.intelligenceFrom() + ")"));
    }
}
