package org.parley.screening.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the trade.gov CSL JSON download ({@code consolidated.json}): an object with a {@code
 * results} array and metadata ({@code search_performed_at}, {@code sources_used}), or a bare array
 * of records. Streams the records one by one, so large downloads need little memory. Thread-safe.
 */
public final class CslJsonReader {
    public static final String FORMAT = "CSL-JSON";

    /** Reads one value at a time from a stream that goes on, so trailing tokens are expected. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CslJsonReader() {}

    public static ListSnapshot read(Path file) {
        return read(file, bytes -> {});
    }

    /** Reads {@code file}, reporting the bytes read so far to {@code progress}. */
    public static ListSnapshot read(Path file, LongConsumer progress) {
        var entries = new ArrayList<ListEntry>();
        LocalDate contentDate;
        try (JsonParser parser = MAPPER.createParser(ListInputs.open(file, progress))) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readRecords(parser, file, entries);
                contentDate = null;
            } else if (first == JsonToken.START_OBJECT) {
                contentDate = readDownload(parser, file, entries);
            } else {
                throw new ListFileException(file, line(parser), "expected a CSL JSON object or array");
            }
            if (parser.nextToken() != null) {
                throw new ListFileException(file, line(parser), "unexpected content after the CSL JSON value");
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ListFileException(file, line, "invalid JSON: " + e.getOriginalMessage(), e);
        }
        var date = DataDates.resolve(file, contentDate);
        return ListSnapshot.of(
                entries,
                date,
                List.of(new ListSnapshot.SourceFile(FORMAT, ListInputs.fileName(file), date, entries.size())));
    }

    /** Reads the download object's members; returns its data date (null when it states none). */
    private static LocalDate readDownload(JsonParser parser, Path file, List<ListEntry> entries) {
        boolean sawResults = false;
        LocalDate searchDate = null;
        LocalDate newestSource = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            long line = line(parser);
            switch (property) {
                case "results" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new ListFileException(file, line, "\"results\" must be an array");
                    }
                    readRecords(parser, file, entries);
                    sawResults = true;
                }
                case "search_performed_at" -> searchDate = metaDate(file, line, MAPPER.readTree(parser));
                case "sources_used" -> {
                    for (JsonNode source : MAPPER.readTree(parser).values()) {
                        newestSource = newer(newestSource, metaDate(file, line, source.get("source_last_updated")));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (!sawResults) {
            throw new ListFileException(file, 0, "no \"results\" array: not a CSL JSON download");
        }
        return searchDate != null ? searchDate : newestSource;
    }

    private static void readRecords(JsonParser parser, Path file, List<ListEntry> entries) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            long line = line(parser);
            JsonNode node = MAPPER.readTree(parser);
            try {
                entries.add(CslEntryMapper.toEntry(new CslJsonRecord(node)));
            } catch (RecordException e) {
                throw new ListFileException(file, line, "record " + (entries.size() + 1) + ": " + e.getMessage());
            }
        }
        if (token != JsonToken.END_ARRAY) {
            throw new ListFileException(file, line(parser), "CSL records must be JSON objects, found " + token);
        }
    }

    private static LocalDate metaDate(Path file, long line, JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return DataDates.iso(node.stringValue());
        } catch (RecordException e) {
            throw new ListFileException(file, line, "metadata date: " + e.getMessage());
        }
    }

    private static LocalDate newer(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
