package org.parley.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.system.ValidationException;

class SeriesExpanderTest {

    @Test
    void everySixMonthsFromThe31stFallsBackToTheMonthsLastDayInsteadOfBecomingYearly() {
        assertThat(SeriesExpander.dates("FREQ=MONTHLY;INTERVAL=6;COUNT=5", LocalDate.of(2026, 8, 31)))
                .containsExactly(
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 8, 31),
                        LocalDate.of(2028, 2, 29),
                        LocalDate.of(2028, 8, 31));
    }

    @Test
    void anExplicitSkipIsRespected() {
        assertThat(SeriesExpander.dates(
                        "FREQ=MONTHLY;INTERVAL=6;COUNT=3;RSCALE=GREGORIAN;SKIP=FORWARD", LocalDate.of(2026, 8, 31)))
                .containsExactly(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31));
    }

    @Test
    void untilBoundsTheSeries() {
        assertThat(SeriesExpander.dates("FREQ=WEEKLY;INTERVAL=2;UNTIL=20261031", LocalDate.of(2026, 10, 1)))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 29));
    }

    @Test
    void refusesEndlessOrMalformedRules() {
        assertThatThrownBy(() -> SeriesExpander.dates("FREQ=MONTHLY;INTERVAL=6", LocalDate.of(2026, 8, 31)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("rule: needs COUNT or UNTIL");
        assertThatThrownBy(() -> SeriesExpander.dates("EVERY=SIX;MONTHS", LocalDate.of(2026, 8, 31)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.fields()).containsExactly("rule"));
        assertThatThrownBy(() -> SeriesExpander.dates("FREQ=DAILY;COUNT=101", LocalDate.of(2026, 8, 31)))
                .isInstanceOf(ValidationException.class);
    }
}
