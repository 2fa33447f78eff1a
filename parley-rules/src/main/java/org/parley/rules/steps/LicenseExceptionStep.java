package org.parley.rules.steps;

import java.util.Optional;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.Purpose;
import org.parley.rules.request.RecipientKind;
import org.parley.rules.steps.DecisionContext.Note;

/**
 * Licence exceptions for Country Chart requirements: ENC (§740.17) for encryption items and TSU
 * (§740.13) for after-sales technology and software updates; never where a Part 744 or 746
 * requirement, the UVL or a denial order bars them (§740.2). Stateless.
 */
final class LicenseExceptionStep implements Step {
    static final String STEP = "licenseExceptions";

    @Override
    public void apply(DecisionContext context) {
        if (context.requirements().isEmpty()) {
            context.trace(STEP, "15 CFR 740", "not needed: no licence requirement to overcome");
            return;
        }
        if (!context.notes(Note.EXCEPTION_BAR).isEmpty()) {
            context.trace(
                    STEP, "15 CFR 740.2", "not available: " + String.join("; ", context.notes(Note.EXCEPTION_BAR)));
            return;
        }
        Optional<Requirement> other = context.requirements().stream()
                .filter(r -> !r.source().exceptionEligible())
                .findFirst();
        if (other.isPresent()) {
            context.trace(
                    STEP,
                    "15 CFR 740.2",
                    "not available: the " + other.get().citation()
                            + " requirement cannot be met by a licence exception");
            return;
        }
        if (context.exportType().destinations().stream().anyMatch(this::embargoGroup)) {
            context.trace(STEP, "15 CFR 740.2", "not available: a destination is in Country Group E:1 or E:2");
            return;
        }
        Optional<String> exception =
                EncryptionException.find(context).or(() -> technologyAndSoftwareUnrestricted(context));
        if (exception.isPresent()) {
            context.licenseException(exception.get());
        } else {
            context.trace(
                    STEP, "15 CFR 740", "none applies to " + context.item().describe() + " for this release");
        }
    }

    private boolean embargoGroup(String destination) {
        return destination.equals("CU")
                || destination.equals("IR")
                || destination.equals("KP")
                || destination.equals("SY");
    }

    /** TSU (§740.13): operation technology (a) and software updates (c) for items already lawfully exported. */
    private static Optional<String> technologyAndSoftwareUnrestricted(DecisionContext context) {
        DecisionRequest request = context.request();
        if (request.purpose() != Purpose.AFTER_SALES_SUPPORT) {
            context.trace(STEP, "15 CFR 740.13", "does not apply: not after-sales support of an item already exported");
            return Optional.empty();
        }
        if (request.item().kind() == ItemKind.COMMODITY) {
            context.trace(STEP, "15 CFR 740.13", "does not apply: TSU covers technology and software only");
            return Optional.empty();
        }
        String citation = request.item().kind() == ItemKind.TECHNOLOGY ? "15 CFR 740.13(a)" : "15 CFR 740.13(c)";
        context.trace(
                STEP,
                citation,
                "authorizes: "
                        + (request.item().kind() == ItemKind.TECHNOLOGY
                                ? "the minimum operation technology for installing, operating and maintaining items lawfully exported"
                                : "software updates limited to correcting errors in software lawfully exported")
                        + (request.recipient().kind() == RecipientKind.PERSON ? ", released to the person" : ""));
        context.note(
                Note.CONDITION,
                "Keep the release within " + citation + " (minimum necessary; items lawfully exported)");
        return Optional.of(citation);
    }
}
