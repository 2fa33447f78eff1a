package org.parley.web.pages.compliance;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.audit.ChainVerification;
import org.parley.core.lists.StoredLists;
import org.parley.core.members.Member;
import org.parley.core.members.ScreeningReview;
import org.parley.core.release.LedgerEntry;
import org.parley.screening.ScreeningHit;
import org.parley.screening.lists.PartyType;

/**
 * The compliance console: ad-hoc screening with explanations, open screening reviews, a
 * hypothetical release decided by the rules engine, the state of the lists and of the audit chain,
 * and action items per side. Immutable.
 *
 * @param screening the last screening asked for, or null
 * @param storedLists the stored snapshot's manifest, or null when lists were never imported
 * @param audit the audit chain's verification, or null when the viewer may not see it
 * @param decision the determination for {@code question}, or null until the form is sent
 */
public record ComplianceView(
        Query query,
        Screening screening,
        List<ReviewCase> reviews,
        boolean complianceOfficer,
        ActiveListsInfo lists,
        StoredLists storedLists,
        ChainVerification audit,
        List<ActionChart> charts,
        List<ReleaseChart> releaseCharts,
        List<WithheldRelease> withheld,
        List<PartyType> types,
        ReleaseQuestion question,
        ReleaseDecision decision,
        ReleaseQuestion.Choices choices) {

    /** What the screening form holds. */
    public record Query(String name, String country, PartyType type) {}

    /** The hits for the query at or above the threshold, best first. */
    public record Screening(double threshold, List<ScreeningHit> hits) {}

    /** An open review with the member it holds and their group. */
    public record ReviewCase(String group, Member member, ScreeningReview review) {}

    /** A release the gate withheld, with its group, newest first. */
    public record WithheldRelease(long groupId, String group, LedgerEntry entry) {}

    /** The lists this node screens against right now. */
    public record ActiveListsInfo(LocalDate asOf, int entries, String contentHash) {}

    public boolean intact() {
        return audit instanceof ChainVerification.Intact;
    }
}
