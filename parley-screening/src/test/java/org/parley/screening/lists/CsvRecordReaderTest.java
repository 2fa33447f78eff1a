package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    private static final Path FILE = Path.of("test.csv");

    @Test
    void readsQuotedFieldsWithDoubledQuotesSeparatorsAndLineBreaks() throws IOException {
        var records = readAll("a,\"b, \"\"quoted\"\"\",\"multi\nline\"\r\nplain,,\"\"\n", ',');

        assertThat(records).containsExactly(List.of("a", "b, \"quoted\"", "multi\nline"), List.of("plain", "", ""));
    }

    @Test
    void reportsTheLineEachRecordStartsOn() throws IOException {
        var csv = reader("\"one\ntwo\",x\r\nsecond,y\nthird,z", ',');

        csv.next();
        assertThat(csv.recordLine()).isEqualTo(1);
        csv.next();
        assertThat(csv.recordLine()).isEqualTo(3);
        assertThat(csv.next()).containsExactly("third", "z");
        assertThat(csv.recordLine()).isEqualTo(4);
        assertThat(csv.next()).isNull();
    }

    @Test
    void keepsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(readAll("O'Brien \"Bob\",x\n", ',')).containsExactly(List.of("O'Brien \"Bob\"", "x"));
    }

    @Test
    void splitsOnTabsWhenAskedTo() throws IOException {
        assertThat(readAll("\"a,b\"\t\"c\"\n", '\t')).containsExactly(List.of("a,b", "c"));
    }

    @Test
    void anUnterminatedQuoteNamesTheLineWhereTheFieldOpened() {
        assertThatThrownBy(() -> readAll("ok,fine\nbad,\"never closed\nmore\n", ','))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("test.csv:2")
                .hasMessageContaining("unterminated quoted field")
                .extracting(e -> ((ListFileException) e).line())
                .isEqualTo(2L);
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> readAll("a\n\"b\"c,d\n", ','))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("test.csv:2")
                .hasMessageContaining("after a closing quote");
    }

    private static List<List<String>> readAll(String text, char separator) throws IOException {
        var records = new ArrayList<List<String>>();
        try (var csv = reader(text, separator)) {
            List<String> record;
            while ((record = csv.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    private static CsvRecordReader reader(String text, char separator) {
        return new CsvRecordReader(new StringReader(text), separator, FILE);
    }
}
