package org.parley.core.documents;

/** Who may see a document at all (releasing it is a separate, screened step). */
public enum Visibility {
    /** Every member of the group. */
    JOINT,
    /** Only the owning side's members: a side's caucus material. */
    CAUCUS
}
