package org.parley.screening.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads the records of one OFAC legacy CSV file: no header, {@code -0-} for null, a trailing DOS
 * end-of-file byte (0x1A). Thread-safe (stateless).
 */
final class OfacRows {
    private static final String NULL = "-0-";
    private static final String END_OF_FILE = "\u001A";

    private OfacRows() {}

    /** A record of an OFAC file: values trimmed, nulls as null, and the line it starts on. */
    record Row(List<String> values, long line) {
        String get(int index) {
            return values.get(index);
        }
    }

    /** A consumer of rows that may reject one with a {@link RecordException}. */
    @FunctionalInterface
    interface RowHandler {
        void accept(Row row);
    }

    /** Feeds every record of {@code file} to {@code handler}, checking it has {@code columns} fields. */
    static void forEach(Path file, int columns, LongConsumer progress, RowHandler handler) {
        CsvRecordReader csv = new CsvRecordReader(ListInputs.openText(file, progress), ',', file);
        try (csv) {
            List<String> fields;
            while ((fields = csv.next()) != null) {
                if (fields.size() == 1
                        && (fields.get(0).isBlank() || fields.get(0).equals(END_OF_FILE))) {
                    continue;
                }
                if (fields.size() != columns) {
                    throw new ListFileException(
                            file, csv.recordLine(), "expected " + columns + " fields, found " + fields.size());
                }
                try {
                    handler.accept(new Row(values(fields), csv.recordLine()));
                } catch (RecordException e) {
                    throw new ListFileException(file, csv.recordLine(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw ListInputs.failure(file, csv.currentLine(), e);
        }
    }

    private static List<String> values(List<String> fields) {
        var values = new ArrayList<String>(fields.size());
        for (String field : fields) {
            String value = field.trim();
            values.add(value.isEmpty() || value.equals(NULL) ? null : value);
        }
        return values;
    }
}
