package org.parley.screening.match;

/**
 * Query tokens [queryStart, queryEnd) paired with list-name tokens [listStart, listEnd); one side
 * spans two tokens when words were joined ("hua wei" ~ "huawei").
 *
 * @param querySpelling the query spelling that matched (a glossary alternative, or two words joined)
 * @param listSpelling the list-name spelling that matched
 */
record Link(
        int queryStart,
        int queryEnd,
        int listStart,
        int listEnd,
        double similarity,
        LinkKind kind,
        String querySpelling,
        String listSpelling) {

    /** How two tokens came to be paired. */
    enum LinkKind {
        EXACT,
        ALTERNATIVE,
        TYPO,
        SOUND_ALIKE,
        JOINED,
        INITIAL,
        LEGAL_FORM
    }

    boolean overlaps(boolean[] queryUsed, boolean[] listUsed) {
        for (int i = queryStart; i < queryEnd; i++) {
            if (queryUsed[i]) {
                return true;
            }
        }
        for (int j = listStart; j < listEnd; j++) {
            if (listUsed[j]) {
                return true;
            }
        }
        return false;
    }

    void mark(boolean[] queryUsed, boolean[] listUsed) {
        for (int i = queryStart; i < queryEnd; i++) {
            queryUsed[i] = true;
        }
        for (int j = listStart; j < listEnd; j++) {
            listUsed[j] = true;
        }
    }
}
