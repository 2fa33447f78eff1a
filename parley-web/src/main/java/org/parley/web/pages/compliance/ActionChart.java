package org.parley.web.pages.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.core.actions.ActionItem;
import org.parley.core.actions.ActionStatus;
import org.parley.core.groups.Side;

/**
 * A horizontal stacked bar chart of a group's action items by status, one bar per side, laid out for
 * an SVG drawn by the template. Bars share one scale, so sides compare at a glance. Immutable.
 */
public record ActionChart(long groupId, String group, List<Bar> bars, int height) {

    public static final int WIDTH = 640;
    public static final int BAR_HEIGHT = 26;
    static final int ROW_HEIGHT = 58;
    static final int LABEL_HEIGHT = 20;

    /** One side's bar: its label position and its segments, left to right. */
    public record Bar(
            String side, int labelY, int barY, int total, Map<ActionStatus, Integer> counts, List<Segment> segments) {

        public int count(ActionStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /** One status's part of a bar; {@code labelled} when wide enough to show its count inside. */
    public record Segment(ActionStatus status, int x, int width, int count, boolean labelled) {}

    public static ActionChart of(long groupId, String group, List<Side> sides, List<ActionItem> items) {
        List<Map<ActionStatus, Integer>> counts = new ArrayList<>();
        int largest = 1;
        for (Side side : sides) {
            Map<ActionStatus, Integer> bySide = new EnumMap<>(ActionStatus.class);
            items.stream()
                    .filter(item -> item.sideId() == side.id())
                    .forEach(item -> bySide.merge(item.status(), 1, Integer::sum));
            counts.add(bySide);
            largest = Math.max(
                    largest,
                    bySide.values().stream().mapToInt(Integer::intValue).sum());
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            int top = i * ROW_HEIGHT;
            bars.add(bar(sides.get(i).name(), top, counts.get(i), largest));
        }
        return new ActionChart(groupId, group, bars, Math.max(ROW_HEIGHT, sides.size() * ROW_HEIGHT));
    }

    public List<ActionStatus> statuses() {
        return Arrays.asList(ActionStatus.values());
    }

    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.total() == 0);
    }

    private static Bar bar(String side, int top, Map<ActionStatus, Integer> counts, int largest) {
        List<Segment> segments = new ArrayList<>();
        int x = 0;
        int total = 0;
        for (ActionStatus status : ActionStatus.values()) {
            int count = counts.getOrDefault(status, 0);
            if (count > 0) {
                // Integer pixels; the last segment of the largest bar ends exactly at the right edge.
                int end = (int) Math.round((double) (total + count) * WIDTH / largest);
                segments.add(new Segment(status, x, end - x, count, end - x >= 22));
                x = end;
                total += count;
            }
        }
        return new Bar(side, top + LABEL_HEIGHT - 6, top + LABEL_HEIGHT, total, Map.copyOf(counts), segments);
    }
}
