package org.parley.rules.parties;

/** How a screened party relates to the release. */
public enum PartyRole {
    RECIPIENT("recipient"),
    OWNER("owner"),
    ON_BEHALF_OF("onBehalfOf");

    private final String jsonName;

    PartyRole(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
