package org.parley.rules.request;

/** A recipient's US status; any of these makes the recipient a US person, not a foreign person (§772.1). */
public enum UsStatus {
    CITIZEN("citizen"),
    PERMANENT_RESIDENT("permanentResident"),
    PROTECTED_INDIVIDUAL("protectedIndividual");

    private final String jsonName;

    UsStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
