package org.parley.rules.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.rules.Outcome;
import org.parley.rules.TraceLine;
import org.parley.rules.parties.ScreenedParties;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;

/** Everything one decision has found so far. Mutable; confined to the thread deciding the request. */
final class DecisionContext {

    /** What a decision notes beside its requirements, each kept in the order first noted. */
    enum Note {
        /** A provision that overcame a requirement without a licence (e.g. §744.11(a)(1)). */
        RELIEF,
        /** A provision that supports a no-licence outcome (e.g. the Country Chart, §744.15(b)). */
        BASIS,
        /** Something the releasing side must do for the outcome to hold. */
        CONDITION,
        /** Why licence exceptions are unavailable (Entity List party, UVL, MEU …). */
        EXCEPTION_BAR
    }

    private final DecisionRequest request;
    private final Regulations rules;
    private final ScreenedParties parties;
    private final ItemControls item;
    private final List<TraceLine> trace = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Map<Note, Set<String>> notes = new EnumMap<>(Note.class);
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

    /** Adds a note of {@code kind}; a note already made is kept once, in the order first made. */
    void note(Note kind, String text) {
        notes.computeIfAbsent(kind, unused -> new LinkedHashSet<>()).add(text);
    }

    Set<String> notes(Note kind) {
        return notes.getOrDefault(kind, Set.of());
    }

    void licenseException(String citation) {
        licenseException = citation;
    }

    String licenseException() {
        return licenseException;
    }
}
