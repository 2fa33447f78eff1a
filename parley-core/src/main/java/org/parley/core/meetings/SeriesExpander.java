package org.parley.core.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.parley.core.system.ValidationException;

/**
 * Expands a recurrence rule into meeting dates with lib-recur. Stateless.
 *
 * <p>RFC 5545 drops a monthly or yearly occurrence whose day does not exist: "every six months from
 * 31 August" silently becomes yearly (February has no 31st). Unless the rule says otherwise, such
 * rules get {@code RSCALE=GREGORIAN;SKIP=BACKWARD} (RFC 7529), which moves the meeting to the month's
 * last day instead.
 */
public final class SeriesExpander {

    /** The most meetings one series may expand to. */
    public static final int MAX_OCCURRENCES = 100;

    private SeriesExpander() {}

    public static List<LocalDate> dates(String rule, LocalDate firstDate) {
        RecurrenceRule recurrence = parse(rule);
        if (recurrence.isInfinite()) {
            throw ValidationException.of("rule", "needs COUNT or UNTIL");
        }
        if ((recurrence.getFreq() == Freq.MONTHLY || recurrence.getFreq() == Freq.YEARLY)
                && recurrence.getSkip() == RecurrenceRule.Skip.OMIT
                && !rule.contains("SKIP=")) {
            recurrence.setSkip(RecurrenceRule.Skip.BACKWARD);
        }
        RecurrenceRuleIterator iterator = recurrence.iterator(
                new DateTime(firstDate.getYear(), firstDate.getMonthValue() - 1, firstDate.getDayOfMonth()));
        List<LocalDate> dates = new ArrayList<>();
        while (iterator.hasNext()) {
            if (dates.size() == MAX_OCCURRENCES) {
                throw ValidationException.of("rule", "expands to more than " + MAX_OCCURRENCES + " meetings");
            }
            DateTime next = iterator.nextDateTime();
            dates.add(LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()));
        }
        return dates;
    }

    private static RecurrenceRule parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw ValidationException.of("rule", "is required");
        }
        try {
            return new RecurrenceRule(rule.strip(), RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw ValidationException.of("rule", "is not a valid RRULE: " + e.getMessage());
        }
    }
}
