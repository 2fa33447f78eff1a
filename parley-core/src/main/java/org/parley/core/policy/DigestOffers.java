package org.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.lists.ActiveLists;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.diff.EntryKey;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;
import org.parley.screening.lists.PartyType;

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

    /** A member as screened against the additions. */
    record MemberRow(long id, long sideId, String fullName, String organisation) {}

    /** The drafts for the active lists' digest; empty when the active lists have none (first import). */
    public Optional<DigestOffer> offer(Actor actor, long groupId) {
        List<MemberRow> members = jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle.createQuery("SELECT id, side_id, full_name, organisation FROM members"
                            + " WHERE group_id = :groupId AND status IN ('ACTIVE', 'ON_HOLD') ORDER BY id")
                    .bind("groupId", groupId)
                    .mapTo(MemberRow.class)
                    .list();
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
                        matches(screener, list, members)));
            }
        }
        return Optional.of(new DigestOffer(
                digest.get().newer().label(),
                digest.get().older().label(),
                digest.get().newer().asOf(),
                drafts));
    }

    private List<DigestDraft.MemberMatch> matches(Screener screener, ListChanges list, List<MemberRow> members) {
        Set<EntryKey> added = list.added().stream()
                .map(entry -> EntryKey.of(list.listCode(), entry))
                .collect(Collectors.toSet());
        var matches = new ArrayList<DigestDraft.MemberMatch>();
        if (added.isEmpty()) {
            return matches;
        }
        for (MemberRow member : members) {
            collect(screener, member, new ScreeningQuery(member.fullName(), null, PartyType.PERSON), added, matches);
            collect(
                    screener,
                    member,
                    new ScreeningQuery(member.organisation(), null, PartyType.ORGANIZATION),
                    added,
                    matches);
        }
        return matches;
    }

    private void collect(
            Screener screener,
            MemberRow member,
            ScreeningQuery query,
            Set<EntryKey> added,
            List<DigestDraft.MemberMatch> matches) {
        for (ScreeningHit hit : screener.screen(query, threshold)) {
            if (added.contains(EntryKey.of(hit.entry()))) {
                matches.add(new DigestDraft.MemberMatch(
                        member.id(),
                        member.sideId(),
                        query.name(),
                        hit.entry().name(),
                        hit.entry().entityNumber(),
                        hit.score()));
            }
        }
    }
}
