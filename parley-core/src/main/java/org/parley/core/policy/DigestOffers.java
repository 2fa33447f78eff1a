package org.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.lists.ActiveLists;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/**
 * Offers the digest of the latest list update to a group as draft policy updates, one per changed
 * list, and highlights the additions that resemble the group's current members. Thread-safe.
 */
public final class DigestOffers {

    private final Jdbi jdbi;
    private final ActiveLists lists;
    private final double threshold;

    /** @param threshold the screening score at or above which a member is highlighted */
    public DigestOffers(Jdbi jdbi, ActiveLists lists, double threshold) {
        this.jdbi = jdbi;
        this.lists = lists;
        this.threshold = threshold;
    }

    /** The drafts for the active lists' digest; empty when the active lists have none (first import). */
    public Optional<DigestOffer> offer(Actor actor, long groupId) {
        List<AdditionMatches.MemberRow> members = jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return AdditionMatches.currentMembers(handle, groupId);
        });
        Optional<SnapshotDiff> digest = lists.store().activeDigest();
        if (digest.isEmpty() || !digest.get().comparable()) {
            return Optional.empty();
        }
        lists.reloadIfChanged(); // the additions are screened against the lists the digest leads to
        Screener screener = lists.screener();
        var drafts = new ArrayList<DigestDraft>();
        for (ListChanges list : digest.get().lists()) {
            if (!list.unchangedList()) {
                drafts.add(new DigestDraft(
                        list.listCode(),
                        list.added().size(),
                        list.removed().size(),
                        list.changed().size(),
                        DigestDrafts.draft(digest.get(), list),
                        AdditionMatches.of(screener, threshold, list, members)));
            }
        }
        return Optional.of(new DigestOffer(
                digest.get().newer().label(),
                digest.get().older().label(),
                digest.get().newer().asOf(),
                drafts));
    }
}
