package org.parley.rules.request;

/** What the exporter knows about the end use or end user (Part 744 "knowledge" triggers). */
public enum Knowledge {
    MILITARY_END_USE("militaryEndUse"),
    MILITARY_END_USER("militaryEndUser"),
    MILITARY_INTELLIGENCE_END_USE("militaryIntelligenceEndUse"),
    MILITARY_INTELLIGENCE_END_USER("militaryIntelligenceEndUser"),
    WMD_END_USE("wmdEndUse"),
    NUCLEAR_END_USE("nuclearEndUse"),
    MISSILE_END_USE("missileEndUse"),
    CHEMICAL_BIOLOGICAL_END_USE("chemicalBiologicalEndUse");

    private final String jsonName;

    Knowledge(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean militaryEndUse() {
        return this == MILITARY_END_USE || this == MILITARY_END_USER;
    }

    public boolean militaryIntelligence() {
        return this == MILITARY_INTELLIGENCE_END_USE || this == MILITARY_INTELLIGENCE_END_USER;
    }
}
