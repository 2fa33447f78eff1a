package org.parley.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The decision on one release under the EAR as of its date, with the provisions that decided it and
 * the full trace (contracts.md §2 response). Immutable.
 *
 * @param id the request's id, or null
 * @param citations the provisions that decided the outcome, as "15 CFR …" strings
 * @param conditions what must still be done (e.g. obtain a UVL statement)
 * @param rulesAsOf the date of the regulation data applied
 * @param listsAsOf the data date of the lists screened against, or null when unknown
 */
public record Determination(
        String id,
        Outcome outcome,
        List<String> citations,
        List<String> conditions,
        List<Match> matches,
        List<TraceLine> trace,
        LocalDate rulesAsOf,
        LocalDate listsAsOf) {

    public Determination {
        Objects.requireNonNull(outcome, "outcome");
        citations = List.copyOf(citations);
        conditions = List.copyOf(conditions);
        matches = List.copyOf(matches);
        trace = List.copyOf(trace);
    }

    /** NOT_SUBJECT, NO_LICENSE_REQUIRED, AUTHORIZED, LICENSE_REQUIRED or PROHIBITED. */
    public String outcomeCode() {
        return Outcome.code(outcome);
    }

    /** The provision that authorizes the release when the outcome is AUTHORIZED, else null. */
    public String authorization() {
        return outcome instanceof Outcome.Authorized authorized ? authorized.authorization() : null;
    }

    /** The review policy a list entry states when the outcome is LICENSE_REQUIRED, else null. */
    public String licensePolicy() {
        return outcome instanceof Outcome.LicenseRequired required ? required.licensePolicy() : null;
    }
}
