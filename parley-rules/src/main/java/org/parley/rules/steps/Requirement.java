package org.parley.rules.steps;

/**
 * A licence requirement a step found.
 *
 * @param source which part of the EAR imposes it
 * @param citation e.g. "15 CFR 744.11", "15 CFR 738.4 (NS1)"
 * @param policy the review policy a list entry states, or null
 * @param reason for Country Chart requirements: the reason for control (NS, EI, …), else null
 */
record Requirement(Source source, String citation, String policy, String reason) {

    /** Where a requirement comes from; only Country Chart requirements can be met by a licence exception. */
    enum Source {
        EMBARGO,
        ENTITY_LIST,
        MILITARY_END_USE,
        END_USE,
        COUNTRY_CHART;

        boolean exceptionEligible() {
            return this == COUNTRY_CHART;
        }
    }
}
