package org.parley.screening.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads the legacy BIS Denied Persons List download ({@code dpl.txt}): tab-separated, quoted
 * fields, a header row, dates as MM/DD/YYYY. The file has no identifiers, so each entry's id is
 * derived from its content. Thread-safe (stateless).
 */
public final class BisDplReader {
    public static final String FORMAT = "BIS-DPL-TXT";

    static final List<String> HEADER = List.of(
            "Name",
            "Street_Address",
            "City",
            "State",
            "Country",
            "Postal_Code",
            "Effective_Date",
            "Expiration_Date",
            "Standard_Order",
            "Last_Update",
            "Action",
            "FR_Citation");

    private BisDplReader() {}

    public static ListSnapshot read(Path file) {
        return read(file, bytes -> {});
    }

    /** Reads {@code file}, reporting the bytes read so far to {@code progress}. */
    public static ListSnapshot read(Path file, LongConsumer progress) {
        return DelimitedListFile.read(
                file,
                progress,
                '\t',
                FORMAT,
                header -> {
                    if (header == null || !header.equals(HEADER)) {
                        throw new ListFileException(
                                file, 1, "not the BIS DPL header: expected " + String.join(" TAB ", HEADER));
                    }
                    return DelimitedListFile.positions(HEADER);
                },
                BisDplReader::toEntry);
    }

    /** Whether a first line is the BIS DPL header. */
    static boolean isHeader(String firstLine) {
        return List.of(ListInputs.withoutByteOrderMark(firstLine)
                        .strip()
                        .replace("\"", "")
                        .split("\t", -1))
                .equals(HEADER);
    }

    private static ListEntry toEntry(Map<String, Integer> columns, List<String> row) {
        Map<String, String> field = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = row.get(index).trim();
            field.put(name, value.isEmpty() ? null : value);
        });
        String name = field.get("Name");
        if (name == null) {
            throw new RecordException("missing required field 'Name'");
        }
        String country = Countries.codeOrText(field.get("Country"));
        var address = new Address(
                field.get("Street_Address"), field.get("City"), field.get("State"), field.get("Postal_Code"), country);
        var entry = new ListEntryBuilder()
                .id(StableIds.of(
                        name,
                        address.oneLine(),
                        field.get("Effective_Date"),
                        field.get("Expiration_Date"),
                        field.get("FR_Citation")))
                .listCode(ListCodes.DPL)
                .source(ListCodes.sourceName(ListCodes.DPL))
                .name(name)
                .federalRegisterNotice(field.get("FR_Citation"))
                .startDate(date(field, "Effective_Date"))
                .endDate(date(field, "Expiration_Date"));
        if (!address.oneLine().isEmpty()) {
            entry.address(address).country(country);
        }
        return entry.build();
    }

    private static LocalDate date(Map<String, String> field, String column) {
        try {
            return DataDates.us(field.get(column));
        } catch (RecordException e) {
            throw new RecordException(column + ": " + e.getMessage());
        }
    }
}
