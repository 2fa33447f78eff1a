package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.screening.ScreeningHit;

/** The human-readable form of screening results. */
final class HitTable {
    private HitTable() {}

    static void print(PrintWriter out, String query, List<ScreeningHit> hits) {
        if (hits.isEmpty()) {
            out.printf("%s: no match%n", query);
            return;
        }
        out.printf("%s: %d possible match%s%n", query, hits.size(), hits.size() == 1 ? "" : "es");
        out.printf("%-6s %-7s %-50s %s%n", "score", "list", "listed name", "countries");
        for (ScreeningHit hit : hits) {
            out.printf(
                    Locale.ROOT,
                    "%-6.3f %-7s %-50s %s%n",
                    hit.score(),
                    hit.entry().listCode(),
                    clip(hit.entry().name(), 50),
                    String.join(" ", hit.entry().countries()));
            if (!hit.matchedName().equals(hit.entry().name())) {
                out.printf("       matched alias: %s%n", hit.matchedName());
            }
            for (String reason : hit.explanation()) {
                out.printf("       - %s%n", reason);
            }
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
