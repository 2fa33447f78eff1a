package org.parley.screening.lists;

import java.util.List;

/**
 * Which non-SDN list a record of OFAC's consolidated file ({@code cons_prim.csv}) belongs to. The
 * file does not say; the programme does, matching the CSL's per-list counts for the 2025-12 file:
 * UKRAINE-EO13662 → SSI, NS-PLC → PLC, CMIC-EO13959 → CMIC, 561-Related → CAP, FSE-* → FSE, and
 * every other programme (RUSSIA-EO14024, CAATSA - RUSSIA, BURMA-EO14014, ILLICIT-DRUGS-EO14059 …)
 * → NS-MBS, the menu-based list. Checked in this order, so an SSI party that is also under
 * RUSSIA-EO14024 stays SSI. Thread-safe (stateless).
 */
final class OfacListCodes {
    private OfacListCodes() {}

    static String forConsolidated(List<String> programs) {
        if (programs.contains("UKRAINE-EO13662")) {
            return ListCodes.SSI;
        }
        if (programs.contains("NS-PLC")) {
            return ListCodes.PLC;
        }
        if (programs.stream().anyMatch(program -> program.startsWith("CMIC"))) {
            return ListCodes.CMIC;
        }
        if (programs.contains("561-Related")) {
            return ListCodes.CAP;
        }
        if (programs.stream().anyMatch(program -> program.startsWith("FSE"))) {
            return ListCodes.FSE;
        }
        return ListCodes.NS_MBS;
    }
}
