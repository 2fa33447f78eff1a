package org.parley.screening.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Data dates of list files and the date formats used inside them. Thread-safe. */
final class DataDates {
    private static final List<Pattern> NAME_DATES = List.of(
            Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"),
            Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)"),
            Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})(?![\\d-])"));
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*|Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DataDates() {}

    /**
     * The data date of a list file: the date its content states, else a date in its own name, else
     * in its folder's name ("cons_2025-12" → 2025-12-01), else the file's last-modified day (UTC).
     */
    static LocalDate resolve(Path path, LocalDate fromContent) {
        if (fromContent != null) {
            return fromContent;
        }
        Path parent = path.toAbsolutePath().getParent();
        return fromName(path)
                .or(() -> parent == null ? Optional.empty() : fromName(parent))
                .orElseGet(() -> lastModified(path));
    }

    /** A YYYY-MM-DD, YYYYMMDD or YYYY-MM date in a file or folder name (the first of each kind). */
    static Optional<LocalDate> fromName(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        for (Pattern pattern : NAME_DATES) {
            Matcher m = pattern.matcher(fileName.toString());
            while (m.find()) {
                int day = m.groupCount() == 3 ? Integer.parseInt(m.group(3)) : 1;
                Optional<LocalDate> date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** An ISO date, or the date part of an ISO date-time; null for a blank value. */
    static LocalDate iso(String text) {
        return parse(text, ISO_DATE, 1, 2, 3);
    }

    /** A US MM/DD/YYYY date; null for a blank value. */
    static LocalDate us(String text) {
        return parse(text, US_DATE, 3, 1, 2);
    }

    private static LocalDate parse(String text, Pattern pattern, int year, int month, int day) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = pattern.matcher(text.trim());
        if (!m.matches()) {
            throw new RecordException("not a date: '" + text + "'");
        }
        return date(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day)))
                .orElseThrow(() -> new RecordException("not a valid date: '" + text + "'"));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate lastModified(Path path) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new ListFileException(path, 0, "cannot read the file's date: " + e.getMessage(), e);
        }
    }
}
