package org.parley.core.release;

import java.util.Locale;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.rules.Determination;

/**
 * Whether one recipient receives the version, and the reason the releaser is shown. A screening hold
 * or a confirmed match withholds whatever the rules say; LICENSE_REQUIRED needs a licence number;
 * PROHIBITED is never released; conditions must be confirmed as met. Immutable.
 */
record GateVerdict(boolean delivered, String reason) {

    static GateVerdict of(Member member, Determination determination, String licenceNumber, boolean conditionsMet) {
        if (member.status() == MemberStatus.ON_HOLD) {
            return withheld("screening review open for " + member.fullName()
                    + ": releases to this person are blocked until a compliance officer resolves it");
        }
        if (member.status() == MemberStatus.BLOCKED) {
            return withheld("a compliance officer confirmed " + member.fullName() + " as a listed party");
        }
        String outcome = determination.outcomeCode();
        String basis = String.join(", ", determination.citations());
        return switch (outcome) {
            case "PROHIBITED" -> withheld("prohibited (" + basis + "): no licence can be used; only BIS can lift it");
            case "LICENSE_REQUIRED" ->
                licenceNumber == null
                        ? withheld("licence required (" + basis + ")"
                                + (determination.licensePolicy() == null
                                        ? ""
                                        : "; policy: " + determination.licensePolicy())
                                + "; enter a BIS licence number to release under a licence")
                        : new GateVerdict(true, "released under licence " + licenceNumber + " (" + basis + ")");
            default ->
                determination.conditions().isEmpty() || conditionsMet
                        ? new GateVerdict(true, released(outcome, determination))
                        : withheld("conditions must be met first: " + String.join("; ", determination.conditions()));
        };
    }

    private static String released(String outcome, Determination determination) {
        String text = outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
        String authorization = determination.authorization();
        String conditions = determination.conditions().isEmpty()
                ? ""
                : "; conditions confirmed met: " + String.join("; ", determination.conditions());
        return (authorization == null ? text : text + " by " + authorization) + conditions;
    }

    private static GateVerdict withheld(String reason) {
        return new GateVerdict(false, reason);
    }
}
