package org.parley.screening.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads the trade.gov Consolidated Screening List CSV: the current 29-column layout (with {@code
 * _id}) or the older 28-column one (without). Thread-safe (stateless).
 */
public final class CslCsvReader {
    public static final String FORMAT = "CSL-CSV";

    /** The current official header; the older layout is the same without {@code _id}. */
    static final List<String> HEADER = List.of(
            "_id",
            "source",
            "entity_number",
            "type",
            "programs",
            "name",
            "title",
            "addresses",
            "federal_register_notice",
            "start_date",
            "end_date",
            "standard_order",
            "license_requirement",
            "license_policy",
            "call_sign",
            "vessel_type",
            "gross_tonnage",
            "gross_registered_tonnage",
            "vessel_flag",
            "vessel_owner",
            "remarks",
            "source_list_url",
            "alt_names",
            "citizenships",
            "dates_of_birth",
            "nationalities",
            "places_of_birth",
            "source_information_url",
            "ids");

    private static final List<String> OLDER_HEADER = HEADER.subList(1, HEADER.size());

    private CslCsvReader() {}

    public static ListSnapshot read(Path file) {
        return read(file, bytes -> {});
    }

    /** Reads {@code file}, reporting the bytes read so far to {@code progress}. */
    public static ListSnapshot read(Path file, LongConsumer progress) {
        return DelimitedListFile.read(
                file,
                progress,
                ',',
                FORMAT,
                firstRecord -> columns(file, firstRecord),
                (columns, row) -> CslEntryMapper.toEntry(new Row(columns, row)));
    }

    /** Whether a first line is a CSL CSV header (either layout). */
    static boolean isHeader(String firstLine) {
        var names = Arrays.asList(ListInputs.withoutByteOrderMark(firstLine)
                .strip()
                .replace("\"", "")
                .split(",", -1));
        return names.equals(HEADER) || names.equals(OLDER_HEADER);
    }

    private static Map<String, Integer> columns(Path file, List<String> firstRecord) {
        if (firstRecord == null) {
            throw new ListFileException(file, 1, "empty file: expected the CSL CSV header");
        }
        var header = new ArrayList<>(firstRecord);
        header.set(0, ListInputs.withoutByteOrderMark(header.get(0)));
        if (!header.equals(HEADER) && !header.equals(OLDER_HEADER)) {
            throw new ListFileException(
                    file,
                    1,
                    "not the CSL CSV header: expected the " + HEADER.size() + " columns " + String.join(",", HEADER)
                            + " (or the older layout without _id), found " + header.size() + " columns");
        }
        return DelimitedListFile.positions(header);
    }

    /** One CSV row seen through the column names. */
    private record Row(Map<String, Integer> columns, List<String> fields) implements CslRecord {
        private static final String SEPARATOR = "; ";

        @Override
        public String text(String field) {
            Integer index = columns.get(field);
            if (index == null) {
                return null;
            }
            String value = fields.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        @Override
        public List<String> values(String field) {
            return TextSplitter.split(text(field), SEPARATOR);
        }

        @Override
        public List<Address> addresses() {
            return CslAddressText.parse(text("addresses"));
        }
    }
}
