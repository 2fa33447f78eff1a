package org.parley.screening.lists;

import java.util.List;

/** One Consolidated Screening List record, read from a CSV row or a JSON object. */
interface CslRecord {
    /** A single-valued field, trimmed; null when absent or blank. */
    String text(String field);

    /** The values of a multi-valued field (alt_names, programs …), trimmed, blanks dropped. */
    List<String> values(String field);

    /** The record's addresses, countries mapped to ISO codes where known. */
    List<Address> addresses();
}
