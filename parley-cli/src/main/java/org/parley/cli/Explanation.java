package org.parley.cli;

import org.parley.rules.Determination;
import org.parley.rules.Match;
import org.parley.rules.TraceLine;

/** The readable form of a determination: outcome, why, citations, conditions, matches and the trace. */
final class Explanation {
    private Explanation() {}

    static String of(Determination determination) {
        var text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(determination.id() == null ? "" : determination.id() + ": ")
                .append(determination.outcomeCode())
                .append(nl);
        if (determination.authorization() != null) {
            text.append("  Authorized by: ")
                    .append(determination.authorization())
                    .append(nl);
        }
        if (determination.licensePolicy() != null) {
            text.append("  Licence review policy: ")
                    .append(determination.licensePolicy())
                    .append(nl);
        }
        text.append("  Citations: ")
                .append(String.join("; ", determination.citations()))
                .append(nl);
        for (String condition : determination.conditions()) {
            text.append("  Condition: ").append(condition).append(nl);
        }
        for (Match match : determination.matches()) {
            text.append("  Match: %s '%s' (%s, score %.2f)"
                            .formatted(match.list(), match.name(), match.party(), match.score()))
                    .append(nl);
        }
        text.append("  Why:").append(nl);
        int number = 1;
        for (TraceLine line : determination.trace()) {
            text.append("    %2d. [%s] %s: %s".formatted(number++, line.step(), line.rule(), line.result()))
                    .append(nl);
        }
        text.append("  Rules as of ")
                .append(determination.rulesAsOf())
                .append(", lists as of ")
                .append(determination.listsAsOf() == null ? "unknown" : determination.listsAsOf())
                .append(nl);
        return text.toString();
    }
}
