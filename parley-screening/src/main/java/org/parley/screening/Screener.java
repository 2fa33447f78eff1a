package org.parley.screening;

import java.util.List;
import org.parley.screening.lists.ListSnapshot;

/** Screens names against one list snapshot. Implementations are immutable and thread-safe. */
public interface Screener {

    /** Every entry scoring at or above {@code threshold}, best first. */
    List<ScreeningHit> screen(ScreeningQuery query, double threshold);

    /** The snapshot this screener searches. */
    ListSnapshot snapshot();
}
