package org.parley.web.pages.policy;

import java.util.List;
import java.util.Objects;
import org.parley.core.groups.Group;
import org.parley.core.policy.DigestDraft;
import org.parley.core.policy.DigestOffer;
import org.parley.screening.diff.EntrySummary;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/**
 * One list-change digest in full: per list the entries added, removed and changed (field by field),
 * additions resembling current members of the viewer's groups highlighted, and each group's drafts to
 * offer as policy updates. Only the digest of the lists in force has highlights and drafts. Immutable.
 *
 * @param offers per group of the viewer, the active digest's drafts; empty for an older digest
 */
public record DigestView(String snapshotId, boolean active, SnapshotDiff digest, List<GroupOffer> offers) {

    public DigestView {
        offers = List.copyOf(offers);
    }

    /**
     * A group's drafts of the active digest.
     *
     * @param mayPost whether the viewer is a member, so may post a draft
     */
    public record GroupOffer(Group group, boolean mayPost, DigestOffer offer) {

        public boolean offers(String listCode) {
            return offer.drafts().stream().anyMatch(draft -> draft.listCode().equals(listCode));
        }
    }

    /** A current member who resembles an added entry. */
    public record Highlight(String groupName, String screenedName, double score) {}

    public List<ListChanges> changedLists() {
        return digest.lists().stream().filter(list -> !list.unchangedList()).toList();
    }

    /** The members of the viewer's groups who resemble {@code entry}, added to list {@code listCode}. */
    public List<Highlight> highlights(String listCode, EntrySummary entry) {
        return offers.stream()
                .flatMap(groupOffer -> groupOffer.offer().drafts().stream()
                        .filter(draft -> draft.listCode().equals(listCode))
                        .flatMap(draft -> draft.memberMatches().stream())
                        .filter(match -> resembles(match, entry))
                        .map(match -> new Highlight(groupOffer.group().name(), match.screenedName(), match.score())))
                .toList();
    }

    private static boolean resembles(DigestDraft.MemberMatch match, EntrySummary entry) {
        return match.entryName().equals(entry.name()) && Objects.equals(match.entityNumber(), entry.entityNumber());
    }
}
