package org.parley.core.proposals;

/** A proposal's life: draft, then under endorsement, ending adopted, rejected or withdrawn. */
public enum ProposalStatus {
    DRAFT,
    UNDER_ENDORSEMENT,
    ADOPTED,
    REJECTED,
    WITHDRAWN;

    /** Whether the proposal can still change (be revised, endorsed, withdrawn). */
    public boolean open() {
        return this == DRAFT || this == UNDER_ENDORSEMENT;
    }
}
