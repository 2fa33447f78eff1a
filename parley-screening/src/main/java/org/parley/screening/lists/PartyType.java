package org.parley.screening.lists;

import java.util.Locale;

/** The kind of party a list entry or a query names. */
public enum PartyType {
    PERSON,
    ORGANIZATION,
    VESSEL,
    AIRCRAFT,
    UNKNOWN;

    /**
     * Reads the type words used by the official lists and our contracts ("Individual", "Entity",
     * "person", "organization", "Vessel", …); anything else is {@link #UNKNOWN}.
     */
    public static PartyType fromListWord(String word) {
        if (word == null) {
            return UNKNOWN;
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "individual", "person", "individuals" -> PERSON;
            case "entity", "organization", "organisation", "company", "entities" -> ORGANIZATION;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> UNKNOWN;
        };
    }
}
