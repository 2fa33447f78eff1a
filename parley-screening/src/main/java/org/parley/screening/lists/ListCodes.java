package org.parley.screening.lists;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Short list codes (EL, SDN, NS-MBS, UN …) and the full list names the Consolidated Screening List
 * uses for them. Thread-safe.
 */
public final class ListCodes {
    public static final String SDN = "SDN";
    public static final String SSI = "SSI";
    public static final String PLC = "PLC";
    public static final String CMIC = "CMIC";
    public static final String CAP = "CAP";
    public static final String FSE = "FSE";
    public static final String NS_MBS = "NS-MBS";
    public static final String DPL = "DPL";
    public static final String UN = "UN";

    /** The first parenthesised group of a CSL source name: "… (NS-MBS List) - Treasury …". */
    private static final Pattern CODE_IN_SOURCE = Pattern.compile("\\(([A-Za-z][A-Za-z0-9-]*)(?: List)?\\)");

    private static final Map<String, String> SOURCE_NAMES = Map.ofEntries(
            Map.entry(SDN, "Specially Designated Nationals (SDN) - Treasury Department"),
            Map.entry(SSI, "Sectoral Sanctions Identifications List (SSI) - Treasury Department"),
            Map.entry(PLC, "Palestinian Legislative Council List (PLC) - Treasury Department"),
            Map.entry(CMIC, "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department"),
            Map.entry(CAP, "Capta List (CAP) - Treasury Department"),
            Map.entry(FSE, "Foreign Sanctions Evaders (FSE) - Treasury Department"),
            Map.entry(NS_MBS, "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"),
            Map.entry(DPL, "Denied Persons List (DPL) - Bureau of Industry and Security"),
            Map.entry(UN, "United Nations Security Council Consolidated List"));

    private ListCodes() {}

    /**
     * The list code inside a CSL source name ("Entity List (EL) - Bureau of Industry and Security" →
     * EL); a source without a parenthesised code gives its name upper-cased, so no entry is lost.
     */
    public static String fromSource(String source) {
        var matcher = CODE_IN_SOURCE.matcher(source);
        return matcher.find()
                ? matcher.group(1).toUpperCase(Locale.ROOT)
                : source.trim().toUpperCase(Locale.ROOT);
    }

    /** The CSL-style full name of a list this module reads from a non-CSL file (SDN, SSI, UN …). */
    public static String sourceName(String code) {
        String name = SOURCE_NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("no source name for list code " + code);
        }
        return name;
    }
}
