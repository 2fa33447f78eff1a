package org.parley.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.screening.Screener;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/**
 * Records, once per list update, what it changed for each group: per-list counts and the additions
 * that resemble the group's current members, as one audit event per group ({@value #ACTION}). The
 * notifier turns each into a notification and e-mail to the group's compliance officers. Thread-safe.
 */
public final class DigestAnnouncements {

    /** The audit action of an announcement; its subject is the group. */
    public static final String ACTION = "list-digest.announced";

    private static final Actor LIST_DIGEST = Actor.system("list-digest");

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final double threshold;

    /** @param threshold the screening score at or above which a member counts as resembling an addition */
    public DigestAnnouncements(Jdbi jdbi, AuditLog audit, double threshold) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.threshold = threshold;
    }

    /**
     * Announces {@code digest} to every group with current members; {@code screener} must be over the
     * digest's newer lists. A digest that could not be compared or changed nothing is not announced.
     *
     * @return the number of groups announced to
     */
    public int announce(SnapshotDiff digest, Screener screener) {
        if (!digest.comparable() || !digest.anyChange()) {
            return 0;
        }
        if (!digest.newer().contentHash().equals(screener.snapshot().contentHash())) {
            throw new IllegalArgumentException("the screener is not over the lists of digest "
                    + digest.newer().label());
        }
        List<ListChanges> changed =
                digest.lists().stream().filter(list -> !list.unchangedList()).toList();
        return jdbi.inTransaction(handle -> {
            List<Long> groups = handle.createQuery("SELECT DISTINCT group_id FROM members"
                            + " WHERE status IN ('ACTIVE', 'ON_HOLD') ORDER BY group_id")
                    .mapTo(Long.class)
                    .list();
            for (long groupId : groups) {
                announce(handle, groupId, digest, changed, screener);
            }
            return groups.size();
        });
    }

    private void announce(
            Handle handle, long groupId, SnapshotDiff digest, List<ListChanges> changed, Screener screener) {
        List<AdditionMatches.MemberRow> members = AdditionMatches.currentMembers(handle, groupId);
        List<Map<String, Object>> counts = new ArrayList<>();
        List<Map<String, Object>> matches = new ArrayList<>();
        for (ListChanges list : changed) {
            counts.add(AuditLog.details(
                    "listCode",
                    list.listCode(),
                    "added",
                    list.added().size(),
                    "removed",
                    list.removed().size(),
                    "changed",
                    list.changed().size()));
            for (DigestDraft.MemberMatch match : AdditionMatches.of(screener, threshold, list, members)) {
                matches.add(AuditLog.details(
                        "listCode",
                        list.listCode(),
                        "memberId",
                        match.memberId(),
                        "screenedName",
                        match.screenedName(),
                        "entryName",
                        match.entryName(),
                        "score",
                        match.score()));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(AuditLog.details(
                "snapshotId",
                digest.newer().label(),
                "previousSnapshotId",
                digest.older().label(),
                "listsAsOf",
                digest.newer().asOf(),
                "previousListsAsOf",
                digest.older().asOf()));
        details.put("lists", counts);
        details.put("matches", matches);
        audit.append(handle, LIST_DIGEST, ACTION, Subject.of("group", groupId), details);
    }
}
