package org.parley.web.pages.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.web.pages.compliance.ReleaseChart.Release;

class ReleaseChartTest {

    @Test
    void releasesAreCountedPerMonthWithWithheldStackedOnDeliveredOnOneScale() {
        List<Release> releases = List.of(
                new Release(Instant.parse("2026-09-03T10:00:00Z"), true),
                new Release(Instant.parse("2026-09-20T10:00:00Z"), true),
                new Release(Instant.parse("2026-09-30T23:59:59Z"), false),
                new Release(Instant.parse("2026-11-01T00:00:00Z"), false),
                new Release(Instant.parse("2025-11-30T12:00:00Z"), true)); // 12 months back: left out

        ReleaseChart chart = ReleaseChart.of(7, "WG", releases, YearMonth.of(2026, 11));

        assertThat(chart.months()).hasSize(12);
        assertThat(chart.months().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        ReleaseChart.Month september = chart.months().get(9);
        assertThat(september.month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(september.delivered()).isEqualTo(2);
        assertThat(september.withheld()).isEqualTo(1);
        assertThat(september.deliveredHeight() + september.withheldHeight()).isEqualTo(ReleaseChart.PLOT_HEIGHT);
        assertThat(september.withheldY() + september.withheldHeight()).isEqualTo(september.deliveredY());
        ReleaseChart.Month november = chart.months().get(11);
        assertThat(november.withheld()).isEqualTo(1);
        assertThat(november.withheldHeight()).isEqualTo(Math.round(ReleaseChart.PLOT_HEIGHT / 3f));
        assertThat(chart.delivered()).isEqualTo(2);
        assertThat(chart.withheld()).isEqualTo(2);
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void aYearWithoutReleasesIsEmpty() {
        assertThat(ReleaseChart.of(7, "WG", List.of(), YearMonth.of(2026, 11)).empty())
                .isTrue();
    }
}
