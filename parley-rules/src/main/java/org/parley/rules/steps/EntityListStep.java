package org.parley.rules.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.regulation.FederalRegisterDates;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * The Entity List (§744.11, §744.16): a listed recipient, a listed party acting through the recipient,
 * or listed owners holding 50 % or more (Affiliates rule) bring the entry's licence requirement and
 * review policy, unless a standards carve-out in force on the day reaches the release. Stateless.
 */
final class EntityListStep implements Step {
    static final String STEP = "part744";
    static final String CITATION = "15 CFR 744.11";
    private static final int SHOWN = 3;

    @Override
    public void apply(DecisionContext context) {
        Map<String, ListedParty> parties = new LinkedHashMap<>();
        FederalRegisterDates dates = context.rules().federalRegisterDates();
        for (ListedParty party : context.parties().transactionParties("EL")) {
            EntityListing listing = EntityListing.of(party.entry());
            if (!listing.listedOn(context.date(), dates)) {
                context.trace(
                        STEP,
                        CITATION,
                        "does not apply to " + party.describe() + ": not yet listed on " + context.date() + " (listed "
                                + listing.listedSince(dates) + ")");
                continue;
            }
            parties.putIfAbsent(party.entry().id(), party);
        }
        for (ListedParty owner : OwnershipRule.controllingOwners(context, "EL")) {
            parties.putIfAbsent(owner.entry().id(), owner);
        }
        if (parties.isEmpty()) {
            context.trace(
                    STEP,
                    CITATION,
                    "does not apply: no party of the release is on the Entity List on " + context.date());
            return;
        }
        List<EntityListing> requiring = new ArrayList<>();
        for (ListedParty party : parties.values()) {
            EntityListing listing = EntityListing.of(party.entry());
            if (!reachesItem(context, listing, party)) {
                continue;
            }
            if (StandardsCarveOuts.relieve(context, listing, party)) {
                continue;
            }
            requiring.add(listing);
            // A listed group (Huawei has dozens of entries) would flood the trace: show the closest few.
            if (requiring.size() <= SHOWN) {
                context.trace(
                        STEP,
                        CITATION,
                        "licence required: " + party.describe() + "; requirement \"" + listing.requirementText() + "\""
                                + (listing.policy() == null ? "" : ", policy \"" + listing.policy() + "\""));
            }
        }
        if (requiring.size() > SHOWN) {
            context.trace(
                    STEP,
                    CITATION,
                    "licence required: " + (requiring.size() - SHOWN)
                            + " further Entity List entries match the release's parties");
        }
        if (!requiring.isEmpty()) {
            context.require(new Requirement(
                    Requirement.Source.ENTITY_LIST,
                    CITATION,
                    requiring.getFirst().policy(),
                    null));
            context.note(
                    Note.EXCEPTION_BAR,
                    "an Entity List party is involved (§744.11(a): no licence exceptions unless the entry says so)");
        }
    }

    private static boolean reachesItem(DecisionContext context, EntityListing listing, ListedParty party) {
        boolean reaches = switch (listing.scope()) {
            case ALL_ITEMS -> true;
            case CCL_ITEMS -> context.item().onCcl();
            case SUPPLEMENT_2_ITEMS ->
                context.rules()
                        .militaryEndUse()
                        .supplement2()
                        .contains(context.item().eccn().head());
        };
        if (!reaches) {
            context.trace(
                    STEP,
                    CITATION,
                    "does not apply to " + party.describe() + ": its requirement reaches "
                            + listing.scope().description() + ", not "
                            + context.item().describe());
        }
        return reaches;
    }
}
