package org.parley.web.pages.documents;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.release.LedgerEntry;
import org.parley.web.system.Json;
import tools.jackson.databind.JsonNode;

/**
 * One release ledger row as the document page shows it: the entry, the provisions that decided it
 * (read from its recorded determination) and who released it. Immutable.
 */
public record LedgerRow(LedgerEntry entry, List<String> citations, String releasedBy) {

    public LedgerRow {
        citations = List.copyOf(citations);
    }

    static LedgerRow of(LedgerEntry entry, String releasedBy) {
        List<String> citations = new ArrayList<>();
        JsonNode recorded = Json.MAPPER.readTree(entry.determinationJson()).path("citations");
        recorded.forEach(citation -> citations.add(citation.asString()));
        return new LedgerRow(entry, citations, releasedBy);
    }

    public String citationText() {
        return String.join("; ", citations);
    }
}
