package org.parley.rules.steps;

import java.util.ArrayList;
import java.util.List;
import org.parley.rules.Outcome;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.InvalidRequestException;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.RecipientKind;

/**
 * Export, deemed export (§734.13(b): release in the US to a foreign person, deemed to go to the
 * person's latest citizenship or permanent residency) or deemed reexport (§734.14(b)); a release in
 * the US to a US person is not an export. Stateless.
 */
final class ExportTypeStep implements Step {
    static final String STEP = "exportType";

    @Override
    public void apply(DecisionContext context) {
        DecisionRequest request = context.request();
        DecisionRequest.Recipient recipient = request.recipient();
        if (request.releaseCountry().equals("US")) {
            inTheUnitedStates(context, request, recipient);
        } else {
            abroad(context, request, recipient);
        }
    }

    private static void inTheUnitedStates(
            DecisionContext context, DecisionRequest request, DecisionRequest.Recipient recipient) {
        if (recipient.isUsPerson()) {
            notAnExport(
                    context,
                    "15 CFR 734.13(b)",
                    "not an export: release in the United States to a US person ("
                            + (recipient.usStatus() == null
                                    ? "citizen"
                                    : recipient.usStatus().jsonName())
                            + "), who is not a foreign person (§772.1)");
        } else if (request.item().kind() == ItemKind.COMMODITY) {
            notAnExport(
                    context,
                    "15 CFR 734.13(a)",
                    "not an export: handing over a commodity inside the United"
                            + " States; the export happens when it is shipped out");
        } else if (recipient.kind() == RecipientKind.PERSON) {
            List<String> destinations = recipient.citizenships();
            if (destinations.isEmpty()) {
                if (recipient.country().equals("US")) {
                    throw new InvalidRequestException(
                            "recipient.citizenships",
                            "needed for a release in the US to"
                                    + " a foreign person: the deemed export goes to the latest citizenship or residency");
                }
                destinations = List.of(recipient.country());
            }
            context.exportType(new ExportType(ExportType.Kind.DEEMED_EXPORT, destinations));
            context.trace(
                    STEP,
                    "15 CFR 734.13(b)",
                    "deemed export to " + String.join(", ", destinations)
                            + ": release in the United States to a foreign person, deemed to the latest citizenship or"
                            + " permanent residency");
        } else if (recipient.country().equals("US")) {
            notAnExport(
                    context,
                    "15 CFR 734.13",
                    "not an export: release in the United States to an organization" + " located there");
        } else {
            context.exportType(new ExportType(ExportType.Kind.DEEMED_EXPORT, List.of(recipient.country())));
            context.trace(
                    STEP,
                    "15 CFR 734.13(b)",
                    "deemed export to " + recipient.country() + ": release in the"
                            + " United States to the representatives of an organization of " + recipient.country());
        }
    }

    private static void abroad(DecisionContext context, DecisionRequest request, DecisionRequest.Recipient recipient) {
        List<String> destinations = new ArrayList<>(List.of(request.releaseCountry()));
        if (!recipient.country().equals("US") && !destinations.contains(recipient.country())) {
            destinations.add(recipient.country());
        }
        boolean deemedReexport = false;
        if (recipient.kind() == RecipientKind.PERSON
                && !recipient.isUsPerson()
                && request.item().kind().isInformation()) {
            for (String citizenship : recipient.citizenships()) {
                if (!destinations.contains(citizenship)) {
                    destinations.add(citizenship);
                    deemedReexport = true;
                }
            }
        }
        var kind = deemedReexport ? ExportType.Kind.DEEMED_REEXPORT : ExportType.Kind.EXPORT;
        context.exportType(new ExportType(kind, destinations));
        context.trace(
                STEP,
                deemedReexport ? "15 CFR 734.14(b)" : "15 CFR 734.13(a)",
                deemedReexport
                        ? "export to " + request.releaseCountry() + " and deemed reexport to "
                                + String.join(", ", destinations)
                                + ": release abroad to a foreign person of another nationality"
                        : "export to " + String.join(", ", destinations));
    }

    private static void notAnExport(DecisionContext context, String citation, String result) {
        context.exportType(new ExportType(ExportType.Kind.NOT_AN_EXPORT, List.of()));
        context.trace(STEP, citation, result);
        context.settle(new Outcome.NotSubject(), List.of(citation));
    }
}
