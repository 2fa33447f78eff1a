package org.parley.screening.lists;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/** The list file formats Parley reads, each with its reader. Thread-safe (stateless readers). */
public enum ListFormat {
    /** trade.gov Consolidated Screening List, CSV download. */
    CSL_CSV,
    /** trade.gov Consolidated Screening List, JSON download. */
    CSL_JSON,
    /** OFAC legacy CSV SDN set (sdn.csv, alt.csv, add.csv, sdn_comments.csv); read from its folder. */
    OFAC_SDN,
    /** OFAC legacy CSV non-SDN consolidated set (cons_prim.csv …); read from its folder. */
    OFAC_CONSOLIDATED,
    /** UN Security Council consolidated list XML. */
    UN_XML,
    /** BIS Denied Persons List, legacy tab-separated download. */
    BIS_DPL;

    /**
     * Reads {@code path} in this format (for the OFAC sets, {@code path} is the folder holding the
     * set), reporting bytes read to {@code progress}.
     */
    public ListSnapshot read(Path path, LongConsumer progress) {
        return switch (this) {
            case CSL_CSV -> CslCsvReader.read(path, progress);
            case CSL_JSON -> CslJsonReader.read(path, progress);
            case OFAC_SDN -> OfacCsvReader.read(path, OfacFileSet.SDN, progress);
            case OFAC_CONSOLIDATED -> OfacCsvReader.read(path, OfacFileSet.CONSOLIDATED, progress);
            case UN_XML -> UnXmlReader.read(path, progress);
            case BIS_DPL -> BisDplReader.read(path, progress);
        };
    }

    static ListFormat of(OfacFileSet set) {
        return set == OfacFileSet.SDN ? OFAC_SDN : OFAC_CONSOLIDATED;
    }
}
