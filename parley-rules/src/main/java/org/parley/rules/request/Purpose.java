package org.parley.rules.request;

/** Why the release is made (contracts.md §2, {@code purpose}). */
public enum Purpose {
    STANDARDS("standards"),
    COMMERCIAL("commercial"),
    RESEARCH("research"),
    INTERNAL_DEVELOPMENT("internalDevelopment"),
    AFTER_SALES_SUPPORT("afterSalesSupport"),
    OPEN_CONFERENCE("openConference"),
    COURSE_TEACHING("courseTeaching"),
    FUNDAMENTAL_RESEARCH_CONDUCT("fundamentalResearchConduct");

    private final String jsonName;

    Purpose(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
