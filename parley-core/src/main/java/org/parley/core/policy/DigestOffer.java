package org.parley.core.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * What the latest list update changed, offered to a group as draft policy updates, one per changed
 * list; compliance officers are also told by mail ({@link DigestAnnouncements}). Immutable.
 *
 * @param snapshotId the active lists the digest leads to
 * @param previousSnapshotId the lists active before
 */
public record DigestOffer(String snapshotId, String previousSnapshotId, LocalDate listsAsOf, List<DigestDraft> drafts) {

    public DigestOffer {
        drafts = List.copyOf(drafts);
    }
}
