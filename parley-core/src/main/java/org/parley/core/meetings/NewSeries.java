package org.parley.core.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A series to expand into meetings.
 *
 * @param rule an RFC 5545 RRULE with COUNT or UNTIL, e.g. {@code FREQ=MONTHLY;INTERVAL=6;COUNT=4}
 * @param firstDate the first meeting's date
 * @param localStart the start time on the venue's clock, the same for every meeting
 * @param rotation the venues taken in turn: meeting n is held at {@code rotation[n % size]}
 */
public record NewSeries(
        String title,
        String rule,
        LocalDate firstDate,
        LocalTime localStart,
        int durationMinutes,
        List<Venue> rotation) {

    public NewSeries {
        rotation = rotation == null ? List.of() : List.copyOf(rotation);
    }
}
