package org.parley.rules.steps;

import java.util.Optional;
import java.util.Set;
import org.parley.rules.regulation.CountryGroups;
import org.parley.rules.regulation.Regulations;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.Eccn;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.Purpose;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * License Exception ENC (§740.17) for NS and EI requirements on 5A002, 5B002, 5D002 and 5E002 items:
 * internal development by US-company staff (a)(1) or by companies headquartered in Supp. No. 3
 * countries (a)(2); encryption technology to Supp. No. 3 destinations (b)(2) and to non-government
 * end users outside Country Groups D:1, E:1 and E:2 (b)(2)(iv)(B); other encryption items (b)(1).
 * Stateless.
 */
final class EncryptionException {
    private static final Set<String> ENCRYPTION_ENTRIES = Set.of("5A002", "5B002", "5D002", "5E002");
    private static final Eccn CRYPTANALYTIC = Eccn.parse("5A004");

    private EncryptionException() {}

    static Optional<String> find(DecisionContext context) {
        ItemControls item = context.item();
        if (!ENCRYPTION_ENTRIES.contains(item.eccn().head())) {
            return Optional.empty();
        }
        boolean onlyNsAndEi =
                context.requirements().stream().allMatch(r -> "NS".equals(r.reason()) || "EI".equals(r.reason()));
        if (!onlyNsAndEi) {
            context.trace(
                    LicenseExceptionStep.STEP,
                    "15 CFR 740.17",
                    "does not apply: ENC overcomes NS and EI" + " requirements only");
            return Optional.empty();
        }
        DecisionRequest request = context.request();
        Regulations rules = context.rules();
        var destinations = context.exportType().destinations();
        if (request.purpose() == Purpose.INTERNAL_DEVELOPMENT) {
            if (context.exportType().deemed() && request.releaseCountry().equals("US")) {
                return authorize(
                        context,
                        "15 CFR 740.17(a)(1)",
                        "internal development or production of new products"
                                + " by a foreign-national employee of a US company",
                        null);
            }
            if (rules.encryptionSupplement3(request.recipient().country())) {
                return authorize(
                        context,
                        "15 CFR 740.17(a)(2)",
                        "internal development or production of new products"
                                + " by a private-sector end user headquartered in "
                                + request.recipient().country()
                                + " (Supp. No. 3 to Part 740)",
                        null);
            }
        }
        boolean cryptanalytic = item.forEccn() != null && item.forEccn().within(CRYPTANALYTIC);
        boolean allSupplement3 = destinations.stream().allMatch(rules::encryptionSupplement3);
        String classification = "Submit the encryption classification request and semi-annual sales report"
                + " (15 CFR 740.17(d), (e))";
        if (request.item().kind() == ItemKind.TECHNOLOGY || cryptanalytic) {
            if (allSupplement3) {
                return authorize(
                        context,
                        "15 CFR 740.17(b)(2)",
                        item.describe() + " to Supp. No. 3 destinations " + String.join(", ", destinations)
                                + " after a classification request",
                        classification);
            }
            CountryGroups groups = rules.countryGroups();
            boolean outsideD1 = destinations.stream()
                    .noneMatch(d -> groups.in(d, "D:1") || groups.in(d, "E:1") || groups.in(d, "E:2"));
            if (!cryptanalytic && outsideD1) {
                return authorize(
                        context,
                        "15 CFR 740.17(b)(2)(iv)(B)",
                        item.describe() + " to a non-government end" + " user outside Country Groups D:1, E:1 and E:2",
                        classification);
            }
            context.trace(
                    LicenseExceptionStep.STEP,
                    "15 CFR 740.17(b)(2)",
                    "does not apply: " + item.describe() + " to " + String.join(", ", destinations)
                            + " (Country Group D:1 or outside Supp. No. 3)");
            return Optional.empty();
        }
        return authorize(
                context,
                "15 CFR 740.17(b)(1)",
                item.describe() + " after encryption self-classification",
                "File the encryption self-classification report (15 CFR 740.17(b)(1), (e)(3))");
    }

    private static Optional<String> authorize(DecisionContext context, String citation, String why, String condition) {
        context.trace(LicenseExceptionStep.STEP, citation, "authorizes: " + why);
        if (condition != null) {
            context.note(Note.CONDITION, condition);
        }
        return Optional.of(citation);
    }
}
