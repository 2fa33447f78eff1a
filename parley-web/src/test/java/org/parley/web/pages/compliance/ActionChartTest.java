package org.parley.web.pages.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.actions.ActionItem;
import org.parley.core.actions.ActionStatus;
import org.parley.core.groups.Side;

class ActionChartTest {

    private static final Side US = new Side(1, 9, "US", 10, null);
    private static final Side CN = new Side(2, 9, "CN", 10, null);

    private static ActionItem item(Side side, ActionStatus status) {
        return new ActionItem(0, 9, null, "task", 0, side.id(), LocalDate.of(2026, 1, 1), status, Instant.EPOCH);
    }

    @Test
    void barsShareOneScaleAndSegmentsFollowEachOther() {
        ActionChart chart = ActionChart.of(
                9,
                "WG",
                List.of(US, CN),
                List.of(
                        item(US, ActionStatus.OPEN),
                        item(US, ActionStatus.DONE),
                        item(US, ActionStatus.DONE),
                        item(US, ActionStatus.IN_PROGRESS),
                        item(CN, ActionStatus.CANCELLED),
                        item(CN, ActionStatus.OPEN)));

        ActionChart.Bar us = chart.bars().get(0);
        ActionChart.Bar cn = chart.bars().get(1);
        assertThat(us.total()).isEqualTo(4);
        assertThat(us.segments())
                .extracting(ActionChart.Segment::status, ActionChart.Segment::x, ActionChart.Segment::width)
                .containsExactly(
                        tuple(ActionStatus.OPEN, 0, 160),
                        tuple(ActionStatus.IN_PROGRESS, 160, 160),
                        tuple(ActionStatus.DONE, 320, 320));
        assertThat(cn.segments())
                .extracting(ActionChart.Segment::status, ActionChart.Segment::width)
                .containsExactly(tuple(ActionStatus.OPEN, 160), tuple(ActionStatus.CANCELLED, 160));
        assertThat(cn.count(ActionStatus.DONE)).isZero();
        assertThat(cn.barY()).isGreaterThan(us.barY() + ActionChart.BAR_HEIGHT);
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void aGroupWithoutActionItemsHasAnEmptyChart() {
        ActionChart chart = ActionChart.of(9, "WG", List.of(US, CN), List.of());

        assertThat(chart.empty()).isTrue();
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.segments()).isEmpty());
    }
}
