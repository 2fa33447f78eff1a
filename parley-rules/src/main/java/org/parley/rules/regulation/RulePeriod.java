package org.parley.rules.regulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule in force between two dates, with the provision to cite and its Federal Register source.
 * Immutable.
 *
 * @param from first day in force
 * @param to last day in force (inclusive), or null while in force
 */
public record RulePeriod(
        String id, String title, LocalDate from, LocalDate to, String citation, String federalRegister) {

    public RulePeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
    }

    public boolean inForceOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** "from 2022-09-09 to 2024-07-17" / "from 2024-07-18": for trace lines. */
    public String window() {
        return "in force " + (from == null ? "" : "from " + from) + (to == null ? "" : " to " + to);
    }

    /** e.g. "15 CFR 744.11(a)(1) [87 FR 55241 (2022-09-09); …]". */
    public String reference() {
        return citation + (federalRegister == null ? "" : " [" + federalRegister + "]");
    }
}
