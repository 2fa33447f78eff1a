package org.parley.rules.request;

/** What is released: {@code technology}, {@code software} or a {@code commodity}. */
public enum ItemKind {
    TECHNOLOGY("technology"),
    SOFTWARE("software"),
    COMMODITY("commodity");

    private final String jsonName;

    ItemKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Technology and software are information; only they can be published, taught or deemed exported. */
    public boolean isInformation() {
        return this != COMMODITY;
    }
}
