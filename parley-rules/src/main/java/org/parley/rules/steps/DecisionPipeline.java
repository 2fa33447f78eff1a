package org.parley.rules.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.rules.Determination;
import org.parley.rules.Match;
import org.parley.rules.Outcome;
import org.parley.rules.parties.ScreenedParties;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * Runs the steps in the decision order (jurisdiction → export type → GP4 → GP6 → Part 744 → GP1 →
 * licence exceptions) and turns their findings into a {@link Determination}. Stateless, thread-safe.
 */
public final class DecisionPipeline {
    private static final List<Step> STEPS = List.of(
            new JurisdictionStep(),
            new StandardsActivityStep(),
            new ExportTypeStep(),
            new DeniedPersonsStep(),
            new EmbargoStep(),
            new EntityListStep(),
            new MilitaryEndUseStep(),
            new EndUseStep(),
            new UnverifiedListStep(),
            new CountryChartStep(),
            new LicenseExceptionStep());

    private DecisionPipeline() {}

    /**
     * Decides one request whose parties are already screened.
     *
     * @throws org.parley.rules.request.InvalidRequestException when the ECCN is not on the CCL
     */
    public static Determination decide(
            DecisionRequest request,
            Regulations rules,
            ScreenedParties parties,
            List<Match> matches,
            LocalDate listsAsOf) {
        var context =
                new DecisionContext(request, rules, parties, ItemControls.of(request.item(), rules.eccnControls()));
        for (Step step : STEPS) {
            boolean notAnExport = !context.isExport();
            if (context.isSettled() && !(notAnExport && step.runsForNonExports())) {
                break;
            }
            step.apply(context);
        }
        return new Determination(
                request.id(),
                outcome(context),
                citations(context),
                List.copyOf(context.notes(Note.CONDITION)),
                matches,
                context.traceLines(),
                rules.asOf(),
                listsAsOf);
    }

    private static Outcome outcome(DecisionContext context) {
        if (context.isSettled()) {
            return context.settledOutcome();
        }
        if (context.requirements().isEmpty()) {
            return context.notes(Note.RELIEF).isEmpty()
                    ? new Outcome.NoLicenseRequired()
                    : new Outcome.Authorized(
                            context.notes(Note.RELIEF).iterator().next());
        }
        if (context.licenseException() != null) {
            return new Outcome.Authorized(context.licenseException());
        }
        return new Outcome.LicenseRequired(policy(context));
    }

    /** A list entry's stated policy first (contracts.md §2), else the policy of another requirement. */
    private static String policy(DecisionContext context) {
        return context.requirements().stream()
                .filter(r -> r.policy() != null)
                .filter(r -> r.source() == Requirement.Source.ENTITY_LIST
                        || r.source() == Requirement.Source.MILITARY_END_USE)
                .map(Requirement::policy)
                .findFirst()
                .or(() -> context.requirements().stream()
                        .map(Requirement::policy)
                        .filter(p -> p != null)
                        .findFirst())
                .orElse(null);
    }

    private static List<String> citations(DecisionContext context) {
        if (context.isSettled()) {
            return context.settledCitations();
        }
        Set<String> citations = new LinkedHashSet<>();
        if (context.requirements().isEmpty()) {
            citations.addAll(context.notes(Note.RELIEF));
            citations.addAll(context.notes(Note.BASIS));
        } else {
            if (context.licenseException() != null) {
                citations.add(context.licenseException());
            }
            citations.addAll(context.notes(Note.RELIEF));
            context.requirements().forEach(r -> citations.add(r.citation()));
        }
        return new ArrayList<>(citations);
    }
}
