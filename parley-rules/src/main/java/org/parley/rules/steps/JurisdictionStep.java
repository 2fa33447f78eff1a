package org.parley.rules.steps;

import java.util.List;
import org.parley.rules.Outcome;
import org.parley.rules.regulation.RuleTimeline;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;
import org.parley.rules.request.Purpose;

/**
 * Is the item subject to the EAR at all? Published information (§734.7), fundamental research
 * (§734.8), catalog courses (§734.3(b)(3)(iii)), patents (§734.10(a)) and notified open-source
 * encryption code (§742.15(b)) are not. Stateless.
 */
final class JurisdictionStep implements Step {
    static final String STEP = "jurisdiction";

    @Override
    public void apply(DecisionContext context) {
        DecisionRequest.Item item = context.request().item();
        Purpose purpose = context.request().purpose();
        if (item.kind() == ItemKind.COMMODITY) {
            context.trace(
                    STEP,
                    "15 CFR 734.3(b)(3)",
                    "does not apply: only technology and software can be published,"
                            + " taught or researched out of the EAR; a commodity stays subject");
            return;
        }
        boolean encryptionSoftware =
                item.kind() == ItemKind.SOFTWARE && item.eccn().head().equals("5D002");
        PublicStatus status = item.publicStatus();
        if (status == PublicStatus.OPEN_SOURCE_NOTIFIED) {
            openSourceNotified(context, encryptionSoftware);
        } else if (status == PublicStatus.PUBLISHED || purpose == Purpose.OPEN_CONFERENCE) {
            published(context, encryptionSoftware, status == PublicStatus.PUBLISHED);
        } else if (status == PublicStatus.FUNDAMENTAL_RESEARCH) {
            fundamentalResearch(context, encryptionSoftware, purpose);
        } else if (status == PublicStatus.CATALOG_COURSE || purpose == Purpose.COURSE_TEACHING) {
            catalogCourse(context, encryptionSoftware);
        } else if (status == PublicStatus.PATENT_PUBLISHED) {
            notSubject(
                    context,
                    "15 CFR 734.10(a)",
                    "applies: information contained in a patent or an open (published)"
                            + " patent application is not subject to the EAR");
        } else if (status == PublicStatus.PATENT_APPLICATION_FILED) {
            context.trace(
                    STEP,
                    "15 CFR 734.10(a)",
                    "does not apply: a filed application that is not yet published"
                            + " (open) stays subject to the EAR");
        } else {
            context.trace(
                    STEP, "15 CFR 734.3(b)(3)", "does not apply: " + item.kind().jsonName() + " is unpublished");
            if (purpose == Purpose.FUNDAMENTAL_RESEARCH_CONDUCT) {
                context.trace(
                        STEP,
                        "15 CFR 734.8",
                        "does not apply: technology released to conduct fundamental"
                                + " research is not itself a result of it and stays subject");
            }
        }
    }

    private static void openSourceNotified(DecisionContext context, boolean encryptionSoftware) {
        var notice = context.rules().timeline().period(RuleTimeline.ENCRYPTION_SOURCE_CODE_NOTICE);
        if (encryptionSoftware && notice.inForceOn(context.date())) {
            notSubject(
                    context,
                    "15 CFR 742.15(b)",
                    "applies: publicly available encryption source code whose"
                            + " §742.15(b) notice was filed is not subject to the EAR (" + notice.federalRegister()
                            + ")");
        } else if (encryptionSoftware) {
            context.trace(STEP, "15 CFR 742.15(b)", "does not apply: not in force on " + context.date());
        } else {
            notSubject(context, "15 CFR 734.7", "applies: publicly available software is published");
        }
    }

    private static void published(DecisionContext context, boolean encryptionSoftware, boolean publishedStatus) {
        String how = publishedStatus
                ? "available to the public without restriction"
                : "released at an open conference generally accessible to the public (734.7(a)(1)(iii))";
        if (encryptionSoftware) {
            context.trace(
                    STEP,
                    "15 CFR 734.7(b)",
                    "does not apply: published 5D002 encryption software stays subject"
                            + " unless it is source code whose §742.15(b) notice was filed");
            return;
        }
        notSubject(context, "15 CFR 734.7", "applies: published, " + how);
    }

    private static void fundamentalResearch(DecisionContext context, boolean encryptionSoftware, Purpose purpose) {
        if (purpose == Purpose.FUNDAMENTAL_RESEARCH_CONDUCT) {
            context.trace(
                    STEP,
                    "15 CFR 734.8",
                    "does not apply: §734.8 covers technology that arises during or"
                            + " results from fundamental research, not technology released to conduct it");
        } else if (encryptionSoftware) {
            context.trace(STEP, "15 CFR 734.8", "does not apply: 5D002 encryption software stays subject");
        } else {
            notSubject(
                    context,
                    "15 CFR 734.8",
                    "applies: arises during or results from fundamental research" + " intended to be published");
        }
    }

    private static void catalogCourse(DecisionContext context, boolean encryptionSoftware) {
        if (encryptionSoftware) {
            context.trace(STEP, "15 CFR 734.3(b)(3)(iii)", "does not apply: 5D002 encryption software stays subject");
            return;
        }
        notSubject(
                context,
                "15 CFR 734.3(b)(3)(iii)",
                "applies: released by instruction in a catalog course or"
                        + " its teaching laboratory of an academic institution");
    }

    private static void notSubject(DecisionContext context, String citation, String result) {
        context.trace(STEP, citation, result);
        context.settle(new Outcome.NotSubject(), List.of(citation));
    }
}
