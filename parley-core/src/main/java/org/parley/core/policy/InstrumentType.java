package org.parley.core.policy;

/** What kind of instrument a policy update reports. */
public enum InstrumentType {
    /** A rule or regulation (e.g. an interim final rule in the Federal Register). */
    RULE,
    /** Parties added to a restricted-party or control list. */
    LIST_ADDITION,
    /** Parties removed from a list, or their entries changed. */
    LIST_AMENDMENT,
    GUIDANCE,
    FAQ,
    /** A licence decision or licensing policy announcement. */
    LICENSE_DECISION,
    OTHER
}
