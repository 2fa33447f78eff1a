package org.parley.rules.regulation;

/** Whether a licence-requirement row of an ECCN covers the item released. */
public enum Applicability {
    APPLIES,
    /** The row's scope could not be settled from the request; applied to stay on the safe side. */
    ASSUMED,
    DOES_NOT_APPLY;

    public boolean applies() {
        return this != DOES_NOT_APPLY;
    }
}
