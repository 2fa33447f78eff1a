package org.parley.core.compliance;

import java.util.List;
import java.util.function.Supplier;
import org.parley.core.members.ScreeningReviewService;
import org.parley.core.release.LedgerEntry;
import org.parley.core.release.ReleaseLedger;
import org.parley.core.rescreening.ListUpdateRescreen;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;
import org.parley.screening.lists.ListSnapshot;

/** The compliance console's data for one group (rendered by the web pages). Thread-safe. */
public final class ComplianceConsole {

    static final int RECENT = 50;

    private final ScreeningReviewService reviews;
    private final ReleaseLedger ledger;
    private final ListUpdateRescreen rescreen;
    private final Supplier<Screener> screener;

    public ComplianceConsole(
            ScreeningReviewService reviews,
            ReleaseLedger ledger,
            ListUpdateRescreen rescreen,
            Supplier<Screener> screener) {
        this.reviews = reviews;
        this.ledger = ledger;
        this.rescreen = rescreen;
        this.screener = screener;
    }

    /** For the group's compliance officers only. */
    public ComplianceOverview overview(Actor actor, long groupId) {
        var open = reviews.openReviews(actor, groupId);
        List<LedgerEntry> entries = ledger.entries(actor, groupId);
        ListSnapshot snapshot = screener.get().snapshot();
        return new ComplianceOverview(
                open,
                entries.stream().limit(RECENT).toList(),
                entries.stream()
                        .filter(entry -> !entry.delivered())
                        .limit(RECENT)
                        .toList(),
                new ComplianceOverview.ListStatus(
                        snapshot.asOf(),
                        snapshot.contentHash(),
                        snapshot.entries().size()),
                rescreen.latest().orElse(null));
    }
}
