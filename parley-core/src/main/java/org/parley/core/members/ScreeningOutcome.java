package org.parley.core.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What screening a person and their organisation found, and against which lists. Immutable. */
record ScreeningOutcome(String snapshotHash, LocalDate listsAsOf, List<PossibleMatch> matches) {

    ScreeningOutcome {
        matches = List.copyOf(matches);
    }

    /** The same outcome without the matches a still-valid dismissal covers. */
    ScreeningOutcome without(Set<DismissalKey> dismissed) {
        return new ScreeningOutcome(
                snapshotHash,
                listsAsOf,
                matches.stream()
                        .filter(match -> !dismissed.contains(DismissalKey.of(match)))
                        .toList());
    }

    /** Identifies a dismissal: the screened name, the list entry and the entry's content fingerprint. */
    public record DismissalKey(String screenedName, String listCode, String entryId, String entryHash) {
        static DismissalKey of(PossibleMatch match) {
            return new DismissalKey(match.screenedName(), match.listCode(), match.entryId(), match.entryHash());
        }
    }
}
