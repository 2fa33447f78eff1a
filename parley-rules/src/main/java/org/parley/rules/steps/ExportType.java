package org.parley.rules.steps;

import java.util.List;

/**
 * What kind of export the release is and the destinations it goes to (a deemed export goes to the
 * person's latest citizenship or permanent residency).
 */
record ExportType(Kind kind, List<String> destinations) {

    enum Kind {
        NOT_AN_EXPORT,
        EXPORT,
        DEEMED_EXPORT,
        DEEMED_REEXPORT
    }

    ExportType {
        destinations = List.copyOf(destinations);
    }

    boolean deemed() {
        return kind == Kind.DEEMED_EXPORT || kind == Kind.DEEMED_REEXPORT;
    }
}
