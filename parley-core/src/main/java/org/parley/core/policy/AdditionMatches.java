package org.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.diff.EntryKey;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.lists.PartyType;

/**
 * Finds the current members of a group whose name or organisation resembles a party a list update
 * added: the screener over the new lists is asked, and only hits on added entries count. Stateless.
 */
final class AdditionMatches {

    /** A member as screened against the additions. */
    record MemberRow(long id, long sideId, String fullName, String organisation) {}

    private AdditionMatches() {}

    /** The group's active members and those on hold (a hold is what a match would lead to). */
    static List<MemberRow> currentMembers(Handle handle, long groupId) {
        return handle.createQuery("SELECT id, side_id, full_name, organisation FROM members"
                        + " WHERE group_id = :groupId AND status IN ('ACTIVE', 'ON_HOLD') ORDER BY id")
                .bind("groupId", groupId)
                .mapTo(MemberRow.class)
                .list();
    }

    static List<DigestDraft.MemberMatch> of(
            Screener screener, double threshold, ListChanges list, List<MemberRow> members) {
        Set<EntryKey> added = list.added().stream()
                .map(entry -> EntryKey.of(list.listCode(), entry))
                .collect(Collectors.toSet());
        var matches = new ArrayList<DigestDraft.MemberMatch>();
        if (added.isEmpty()) {
            return matches;
        }
        for (MemberRow member : members) {
            var person = new ScreeningQuery(member.fullName(), null, PartyType.PERSON);
            var organisation = new ScreeningQuery(member.organisation(), null, PartyType.ORGANIZATION);
            for (ScreeningQuery query : List.of(person, organisation)) {
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
        return matches;
    }
}
