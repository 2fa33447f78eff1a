package org.parley.rules.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.rules.Outcome;
import org.parley.rules.TraceLine;
import org.parley.rules.parties.ScreenedParties;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;

/** Everything one decision has found so far. Mutable; confined to the thread deciding the request. */
final class DecisionContext {
    private final DecisionRequest request;
    private final Regulations rules;
    private final ScreenedParties parties;
    private final ItemControls item;
    private final List<TraceLine> trace = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Set<String> reliefs = new LinkedHashSet<>();
    private final Set<String> basis = new LinkedHashSet<>();
    private final Set<String> conditions = new LinkedHashSet<>();
    private final Set<String> exceptionBars = new LinkedHashSet<>();
    private ExportType exportType;
    private Outcome settled;
    private List<String> settledCitations = List.of();
    private String licenseException;

    DecisionContext(DecisionRequest request, Regulations rules, ScreenedParties parties, ItemControls item) {
        this.request = request;
        this.rules = rules;
        this.parties = parties;
        this.item = item;
    }

    DecisionRequest request() {
        return request;
    }

    LocalDate date() {
        return request.date();
    }

    Regulations rules() {
        return rules;
    }

    ScreenedParties parties() {
        return parties;
    }

    ItemControls item() {
        return item;
    }

    void trace(String step, String rule, String result) {
        trace.add(new TraceLine(step, rule, result));
    }

    List<TraceLine> traceLines() {
        return trace;
    }

    /** Ends the decision with a final outcome (not subject, prohibited). */
    void settle(Outcome outcome, List<String> citations) {
        settled = outcome;
        settledCitations = List.copyOf(citations);
    }

    boolean isSettled() {
        return settled != null;
    }

    Outcome settledOutcome() {
        return settled;
    }

    List<String> settledCitations() {
        return settledCitations;
    }

    void exportType(ExportType type) {
        exportType = type;
    }

    ExportType exportType() {
        return exportType;
    }

    boolean isExport() {
        return exportType == null || exportType.kind() != ExportType.Kind.NOT_AN_EXPORT;
    }

    void require(Requirement requirement) {
        requirements.add(requirement);
    }

    List<Requirement> requirements() {
        return requirements;
    }

    /** A provision that overcame a requirement without a licence (e.g. §744.11(a)(1)). */
    void relieve(String authorization) {
        reliefs.add(authorization);
    }

    Set<String> reliefs() {
        return reliefs;
    }

    /** A provision that supports a no-licence outcome (e.g. the Country Chart, §744.15(b)). */
    void basis(String citation) {
        basis.add(citation);
    }

    Set<String> basis() {
        return basis;
    }

    void condition(String condition) {
        conditions.add(condition);
    }

    Set<String> conditions() {
        return conditions;
    }

    /** Records why licence exceptions are unavailable (Entity List party, UVL, MEU …). */
    void barExceptions(String reason) {
        exceptionBars.add(reason);
    }

    Set<String> exceptionBars() {
        return exceptionBars;
    }

    void licenseException(String citation) {
        licenseException = citation;
    }

    String licenseException() {
        return licenseException;
    }
}
