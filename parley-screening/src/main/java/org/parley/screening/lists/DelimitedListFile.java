package org.parley.screening.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * The record loop shared by the delimited list formats: a header row, then one entry per row, blank lines
 * skipped, every row as wide as the header, and any error reported with the file and line. Stateless.
 */
final class DelimitedListFile {

    /** Checks the first record and names the columns; throws {@link ListFileException} when it is not the header. */
    interface Header {
        Map<String, Integer> columns(List<String> firstRecord);
    }

    private DelimitedListFile() {}

    static ListSnapshot read(
            Path file,
            LongConsumer progress,
            char separator,
            String format,
            Header header,
            BiFunction<Map<String, Integer>, List<String>, ListEntry> toEntry) {
        var entries = new ArrayList<ListEntry>();
        CsvRecordReader reader = new CsvRecordReader(ListInputs.openText(file, progress), separator, file);
        try (reader) {
            Map<String, Integer> columns = header.columns(reader.next());
            List<String> row;
            while ((row = reader.next()) != null) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue; // blank line, e.g. after the final newline
                }
                if (row.size() != columns.size()) {
                    throw new ListFileException(
                            file, reader.recordLine(), "expected " + columns.size() + " fields, found " + row.size());
                }
                try {
                    entries.add(toEntry.apply(columns, row));
                } catch (RecordException e) {
                    throw new ListFileException(file, reader.recordLine(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw ListInputs.failure(file, reader.currentLine(), e);
        }
        var date = DataDates.resolve(file, null);
        return ListSnapshot.of(
                entries,
                date,
                List.of(new ListSnapshot.SourceFile(format, ListInputs.fileName(file), date, entries.size())));
    }

    /** Column name to position. */
    static Map<String, Integer> positions(List<String> names) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i), i);
        }
        return columns;
    }
}
