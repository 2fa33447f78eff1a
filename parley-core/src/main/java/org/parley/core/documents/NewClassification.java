package org.parley.core.documents;

/**
 * A classification as entered, in the decision contract's words (contracts.md §2, {@code item}):
 * {@code itemKind} technology|software|commodity, {@code eccn} e.g. 5E002 or EAR99, {@code
 * publicStatus} unpublished|published|…; checked by {@link ClassificationChecks}.
 */
public record NewClassification(
        String itemKind,
        String eccn,
        String forEccn,
        String publicStatus,
        String standardsOrganization,
        Boolean intendedForPublication,
        Boolean publishedStandard) {

    /**
     * Refuses bad values as {@link DocumentService#classify} would, naming each field, without storing
     * anything: lets a form check a classification before it creates the document it belongs to.
     */
    public void check() {
        ClassificationChecks.check(this);
    }
}
