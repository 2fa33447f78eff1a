package org.parley.web.pages.compliance;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's releases per month over the last year, delivered and withheld stacked, laid out for an SVG
 * drawn by the template (one scale for all months, so a month of many withheld releases stands out).
 * Months are calendar months in UTC, as the ledger records instants. Immutable.
 */
public record ReleaseChart(long groupId, String group, List<Month> months, int delivered, int withheld) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 200;
    /** Room under the bars for the month labels. */
    public static final int PLOT_HEIGHT = 170;

    static final int MONTHS = 12;
    static final int SLOT = WIDTH / MONTHS;
    public static final int BAR_WIDTH = SLOT - 12;

    /** One release decision: when, and whether the recipient received the version. */
    public record Release(Instant decidedAt, boolean delivered) {}

    /** One month's bar: withheld stacked on delivered, heights in pixels on the chart's scale. */
    public record Month(
            YearMonth month,
            int x,
            int delivered,
            int withheld,
            int deliveredY,
            int deliveredHeight,
            int withheldY,
            int withheldHeight) {

        public String label() {
            return month.toString();
        }

        public int labelX() {
            return x + BAR_WIDTH / 2;
        }
    }

    public static ReleaseChart of(long groupId, String group, List<Release> releases, YearMonth last) {
        YearMonth first = last.minusMonths(MONTHS - 1L);
        int[] delivered = new int[MONTHS];
        int[] withheld = new int[MONTHS];
        for (Release release : releases) {
            YearMonth month = YearMonth.from(release.decidedAt().atZone(ZoneOffset.UTC));
            if (month.isBefore(first) || month.isAfter(last)) {
                continue;
            }
            int index = (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS);
            if (release.delivered()) {
                delivered[index]++;
            } else {
                withheld[index]++;
            }
        }
        int largest = 1;
        for (int i = 0; i < MONTHS; i++) {
            largest = Math.max(largest, delivered[i] + withheld[i]);
        }
        List<Month> months = new ArrayList<>();
        int totalDelivered = 0;
        int totalWithheld = 0;
        for (int i = 0; i < MONTHS; i++) {
            int deliveredHeight = Math.round((float) delivered[i] * PLOT_HEIGHT / largest);
            int withheldHeight = Math.round((float) withheld[i] * PLOT_HEIGHT / largest);
            int deliveredY = PLOT_HEIGHT - deliveredHeight;
            months.add(new Month(
                    first.plusMonths(i),
                    i * SLOT + 6,
                    delivered[i],
                    withheld[i],
                    deliveredY,
                    deliveredHeight,
                    deliveredY - withheldHeight,
                    withheldHeight));
            totalDelivered += delivered[i];
            totalWithheld += withheld[i];
        }
        return new ReleaseChart(groupId, group, List.copyOf(months), totalDelivered, totalWithheld);
    }

    public boolean empty() {
        return delivered + withheld == 0;
    }
}
