package org.parley.rules.regulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates the day a list entry took effect from its Federal Register citations ("84 FR 22961, 85 FR
 * 36720" or "62 F.R. 43503 8/14/97"): a date written next to the citation, a known rule's effective
 * date, or else the first day of the volume's year. Thread-safe; parsed notices are cached.
 */
public final class FederalRegisterDates {
    private static final Pattern CITATION =
            Pattern.compile("(\\d{2,3})\\s*F\\.?\\s?R\\.?\\s*(\\d{1,6})(?:,?\\s+(\\d{1,2}/\\d{1,2}/\\d{2,4}))?");
    // Two-digit years on the Denied Persons List run from the 1980s: read them as 1940–2039.
    private static final DateTimeFormatter US_SHORT = new DateTimeFormatterBuilder()
            .appendPattern("M/d/")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1940)
            .toFormatter();
    private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** A rule whose pages are known, with its effective date. */
    public record KnownRule(int volume, int firstPage, int lastPage, LocalDate effective) {}

    private final List<KnownRule> known;
    // Notice texts repeat across entries and decisions; parsing each once keeps decisions fast.
    private final Map<String, Optional<LocalDate>> parsed = new ConcurrentHashMap<>();

    public FederalRegisterDates(List<KnownRule> known) {
        this.known = List.copyOf(known);
    }

    /** The earliest day any citation in the text took effect, if the text holds a citation. */
    public Optional<LocalDate> earliest(String notices) {
        if (notices == null) {
            return Optional.empty();
        }
        return parsed.computeIfAbsent(notices, this::parse);
    }

    private Optional<LocalDate> parse(String notices) {
        LocalDate earliest = null;
        Matcher matcher = CITATION.matcher(notices);
        while (matcher.find()) {
            LocalDate day =
                    dateOf(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3));
            if (earliest == null || day.isBefore(earliest)) {
                earliest = day;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private LocalDate dateOf(int volume, int page, String written) {
        if (written != null) {
            try {
                return LocalDate.parse(written, written.length() > 8 ? US_LONG : US_SHORT);
            } catch (DateTimeParseException e) {
                // fall through to the page table and the volume's year
            }
        }
        for (KnownRule rule : known) {
            if (rule.volume() == volume && page >= rule.firstPage() && page <= rule.lastPage()) {
                return rule.effective();
            }
        }
        // Volume 1 of the Federal Register is 1936; being conservative, the listing counts from 1 January.
        return LocalDate.of(1935 + volume, 1, 1);
    }
}
