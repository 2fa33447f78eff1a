package org.parley.rules.steps;

import java.util.Optional;
import org.parley.rules.parties.EntityListing;
import org.parley.rules.parties.ListedParty;
import org.parley.rules.regulation.RulePeriod;
import org.parley.rules.regulation.RuleTimeline;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.Purpose;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * The standards periods that lift an Entity List requirement, as data in the rule timeline: the 2019
 * Huawei TGL 5G-standards paragraph, the 2020 Huawei-entries exclusion (technology, EAR99/AT-only) and
 * the 2022 §744.11(a)(1) authorization. Each only overcomes the Entity List requirement. Stateless.
 */
final class StandardsCarveOuts {
    private StandardsCarveOuts() {}

    /** True when a carve-out in force on the day lifts this entry's requirement for the release. */
    static boolean relieve(DecisionContext context, EntityListing listing, ListedParty party) {
        DecisionRequest request = context.request();
        if (request.purpose() != Purpose.STANDARDS) {
            return false;
        }
        RuleTimeline timeline = context.rules().timeline();
        boolean developing = request.standards().intendedForPublication();
        RulePeriod tgl = timeline.period(RuleTimeline.HUAWEI_TGL);
        if (listing.huawei() && tgl.inForceOn(context.date())) {
            if (developing) {
                context.trace(
                        EntityListStep.STEP,
                        tgl.citation(),
                        "authorizes: " + party.describe() + " is a Huawei"
                                + " entry and the release is engagement in developing a standard (5G standards assumed) "
                                + tgl.reference());
                context.note(Note.RELIEF, tgl.citation());
                return true;
            }
            context.trace(
                    EntityListStep.STEP,
                    tgl.citation(),
                    "does not apply: the TGL covered the development of"
                            + " standards, not work on a published standard");
        }
        RulePeriod exclusion = timeline.period(RuleTimeline.HUAWEI_STANDARDS_EXCLUSION);
        if (listing.huawei() && exclusion.inForceOn(context.date())) {
            boolean lowLevel = context.item().eccn().isEar99() || context.item().antiTerrorismOnly();
            if (developing && request.item().kind() == ItemKind.TECHNOLOGY && lowLevel) {
                context.trace(
                        EntityListStep.STEP,
                        exclusion.citation(),
                        "excluded: " + party.describe() + " is a"
                                + " Huawei entry, and " + context.item().describe()
                                + " technology released to contribute to"
                                + " a standard is outside its licence requirement " + exclusion.reference());
                context.note(Note.BASIS, exclusion.citation());
                return true;
            }
            context.trace(
                    EntityListStep.STEP,
                    exclusion.citation(),
                    "does not apply: the Huawei exclusion covers"
                            + " only EAR99 or AT-only technology contributed to the development of a standard, not "
                            + context.item().describe() + " "
                            + request.item().kind().jsonName());
        }
        RulePeriod authorization = timeline.period(RuleTimeline.ENTITY_LIST_STANDARDS_AUTHORIZATION);
        if (authorization.inForceOn(context.date())) {
            Optional<String> scope = StandardsItemScope.inScope(request.item().kind(), context.item(), false);
            if (developing && scope.isPresent()) {
                context.trace(
                        EntityListStep.STEP,
                        authorization.citation(),
                        "authorizes: " + scope.get()
                                + " released in a standards-related activity to " + party.describe()
                                + "; overcomes only the Entity List requirement " + authorization.reference());
                context.note(Note.RELIEF, authorization.citation());
                return true;
            }
            context.trace(
                    EntityListStep.STEP,
                    authorization.citation(),
                    "does not apply: "
                            + (developing
                                    ? context.item().describe() + " is outside its item scope"
                                    : "the standard is not intended to be published"));
        }
        return false;
    }
}
