package org.parley.rules.request;

/** How public the released item already is (contracts.md §2, {@code item.publicStatus}). */
public enum PublicStatus {
    UNPUBLISHED("unpublished"),
    PUBLISHED("published"),
    PATENT_PUBLISHED("patentPublished"),
    PATENT_APPLICATION_FILED("patentApplicationFiled"),
    FUNDAMENTAL_RESEARCH("fundamentalResearch"),
    CATALOG_COURSE("catalogCourse"),
    OPEN_SOURCE_NOTIFIED("openSourceNotified");

    private final String jsonName;

    PublicStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
