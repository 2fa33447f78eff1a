package org.parley.web.pages.policy;

import java.util.List;
import org.parley.core.lists.StoredLists;
import org.parley.core.rescreening.RescreenRun;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/**
 * The recorded list-change digests, newest import first, with the latest re-screening. Immutable.
 *
 * @param activeId the snapshot in force, or null before the first import
 * @param rescreen the latest re-screening of members, or null if none ran
 */
public record DigestListView(List<Row> rows, String activeId, RescreenRun rescreen) {

    public DigestListView {
        rows = List.copyOf(rows);
    }

    /** One stored import and what it changed. */
    public record Row(StoredLists stored, SnapshotDiff digest) {

        /** The lists the import changed; unchanged ones are left out. */
        public List<ListChanges> changedLists() {
            return digest.lists().stream().filter(list -> !list.unchangedList()).toList();
        }
    }
}
