package org.parley.rules;

import java.util.List;
import java.util.Objects;
import org.parley.rules.parties.PartyScreening;
import org.parley.rules.parties.ScreenedParties;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.steps.DecisionPipeline;
import org.parley.screening.Screener;

/**
 * Decides releases under the EAR as of their date: screens the parties through the given screener,
 * then applies the regulation data step by step. Pure: no clock, no I/O after construction.
 * Immutable and thread-safe when the screener is.
 */
public final class DecisionEngine {
    /** Hits scoring below this are not treated as the listed party. */
    public static final double DEFAULT_THRESHOLD = 0.85;

    private final Regulations regulations;
    private final PartyScreening screening;

    public DecisionEngine(Regulations regulations, Screener screener, double threshold) {
        this.regulations = Objects.requireNonNull(regulations, "regulations");
        this.screening = new PartyScreening(screener, threshold);
    }

    public DecisionEngine(Regulations regulations, Screener screener) {
        this(regulations, screener, DEFAULT_THRESHOLD);
    }

    /**
     * The determination for one request.
     *
     * @throws org.parley.rules.request.InvalidRequestException when the request names an ECCN that is
     *     not on the Commerce Control List or lacks what its export type needs
     */
    public Determination decide(DecisionRequest request) {
        ScreenedParties parties = screening.screen(request);
        List<Match> matches = parties.listed().stream()
                .map(party -> new Match(
                        party.listCode(),
                        party.entry().name(),
                        party.hit().matchedName(),
                        party.hit().score(),
                        party.role().jsonName()))
                .toList();
        return DecisionPipeline.decide(request, regulations, parties, matches, screening.listsAsOf());
    }

    public Regulations regulations() {
        return regulations;
    }
}
