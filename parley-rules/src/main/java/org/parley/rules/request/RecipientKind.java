package org.parley.rules.request;

/** Whether the recipient is an organization or a natural person. */
public enum RecipientKind {
    ORGANIZATION("organization"),
    PERSON("person");

    private final String jsonName;

    RecipientKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
