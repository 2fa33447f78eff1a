package org.parley.core.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A membership held for a compliance officer's decision, with the matches that caused it.
 * Immutable.
 *
 * @param snapshotHash content hash of the list snapshot screened against
 * @param resolvedBy user ID of the compliance officer who decided, null while open
 */
public record ScreeningReview(
        long id,
        long memberId,
        long groupId,
        ReviewStatus status,
        String snapshotHash,
        LocalDate listsAsOf,
        Instant createdAt,
        Long resolvedBy,
        Instant resolvedAt,
        String reason,
        List<PossibleMatch> matches) {

    public ScreeningReview {
        matches = List.copyOf(matches);
    }
}
