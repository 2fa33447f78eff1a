package org.parley.core.compliance;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.members.ScreeningReview;
import org.parley.core.release.LedgerEntry;
import org.parley.core.rescreening.RescreenRun;

/**
 * What a compliance officer looks at first: open screening reviews, recent release decisions,
 * withheld releases and the state of the lists. Immutable.
 *
 * @param lastRescreen the most recent re-screening after a list update, or null
 */
public record ComplianceOverview(
        List<ScreeningReview> openReviews,
        List<LedgerEntry> recentDecisions,
        List<LedgerEntry> withheldReleases,
        ListStatus lists,
        RescreenRun lastRescreen) {

    public ComplianceOverview {
        openReviews = List.copyOf(openReviews);
        recentDecisions = List.copyOf(recentDecisions);
        withheldReleases = List.copyOf(withheldReleases);
    }

    /** The lists this node screens against. */
    public record ListStatus(LocalDate asOf, String contentHash, int entries) {}
}
