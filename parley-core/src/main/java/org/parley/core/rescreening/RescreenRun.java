package org.parley.core.rescreening;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One re-screening after a list update. Immutable.
 *
 * @param finishedAt null while it runs (or if it failed)
 */
public record RescreenRun(
        String listsHash,
        LocalDate listsAsOf,
        Instant startedAt,
        Instant finishedAt,
        Integer people,
        Integer newReviews,
        Long elapsedMs) {}
