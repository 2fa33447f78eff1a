package org.parley.rules.steps;

import java.util.List;
import java.util.Optional;
import org.parley.rules.Outcome;
import org.parley.rules.regulation.RulePeriod;
import org.parley.rules.regulation.RuleTimeline;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.Purpose;

/**
 * §734.10(b) (89 FR 58265, from 2024-07-18): technology and software released in a standards-related
 * activity, for a standard intended to be published or an already-published standard, are not subject
 * to the EAR within the rule's item scope. Stateless.
 */
final class StandardsActivityStep implements Step {

    @Override
    public void apply(DecisionContext context) {
        DecisionRequest request = context.request();
        RulePeriod rule = context.rules().timeline().period(RuleTimeline.STANDARDS_NOT_SUBJECT);
        if (request.purpose() != Purpose.STANDARDS) {
            context.trace(
                    JurisdictionStep.STEP,
                    rule.citation(),
                    "does not apply: purpose is " + request.purpose().jsonName()
                            + ", not a standards-related activity");
            return;
        }
        if (!rule.inForceOn(context.date())) {
            context.trace(
                    JurisdictionStep.STEP,
                    rule.citation(),
                    "does not apply: not in force on " + context.date() + " (" + rule.window() + ", "
                            + rule.federalRegister() + ")");
            return;
        }
        DecisionRequest.Standards standards = request.standards();
        if (!standards.intendedForPublication() && !standards.publishedStandard()) {
            context.trace(
                    JurisdictionStep.STEP,
                    rule.citation(),
                    "does not apply: the standard is neither intended" + " for publication nor already published");
            return;
        }
        Optional<String> scope =
                StandardsItemScope.inScope(request.item().kind(), context.item(), standards.intendedForPublication());
        if (scope.isEmpty()) {
            context.trace(
                    JurisdictionStep.STEP,
                    rule.citation(),
                    "does not apply: " + context.item().describe() + " ("
                            + request.item().kind().jsonName() + ") is outside 734.10(b)(1)");
            return;
        }
        String activity = standards.intendedForPublication()
                ? "a standard intended to be published"
                : "an already-published standard (implementation, conformity testing, plugfest)";
        context.trace(
                JurisdictionStep.STEP,
                rule.citation(),
                "applies: " + scope.get() + ", released in a" + " standards-related activity for " + activity
                        + "; not subject to the EAR (" + rule.federalRegister() + ")");
        context.settle(new Outcome.NotSubject(), List.of(rule.citation()));
    }
}
