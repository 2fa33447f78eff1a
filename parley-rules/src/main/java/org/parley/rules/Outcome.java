package org.parley.rules;

import java.util.Objects;

/** The outcome of a release determination: a closed set, each with what only it carries. */
public sealed interface Outcome {

    /** Outside the EAR: published, fundamental research, catalog course, patents, §734.10(b), not an export. */
    record NotSubject() implements Outcome {}

    /** Subject to the EAR, no licence needed; conditions may still apply (e.g. a UVL statement). */
    record NoLicenseRequired() implements Outcome {}

    /** A licence would be needed, but a provision authorizes the release. */
    record Authorized(String authorization) implements Outcome {
        public Authorized {
            Objects.requireNonNull(authorization, "authorization");
        }
    }

    /** A licence from BIS is needed; the policy is the review policy a list entry states, if any. */
    record LicenseRequired(String licensePolicy) implements Outcome {}

    /** A denial order (GP4) bars the release; no licence exception, only BIS can lift it. */
    record Prohibited() implements Outcome {}

    /** The contract's code for the outcome (contracts.md §2). */
    static String code(Outcome outcome) {
        return switch (outcome) {
            case NotSubject notSubject -> "NOT_SUBJECT";
            case NoLicenseRequired noLicenseRequired -> "NO_LICENSE_REQUIRED";
            case Authorized authorized -> "AUTHORIZED";
            case LicenseRequired licenseRequired -> "LICENSE_REQUIRED";
            case Prohibited prohibited -> "PROHIBITED";
        };
    }
}
