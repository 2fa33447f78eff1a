package org.parley.web.pages.channels;

import java.util.List;
import java.util.Map;
import org.parley.core.access.Roles;
import org.parley.core.channels.Channel;
import org.parley.core.channels.Escalation;
import org.parley.core.channels.Message;
import org.parley.core.channels.Priority;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;

/**
 * A channel's page: its messages with priority, acknowledgement state and escalations, and what the
 * viewer may send or acknowledge. Immutable.
 */
public record ChannelView(
        Channel channel,
        Group group,
        List<Side> sides,
        List<Post> posts,
        Map<Long, String> memberNames,
        Roles roles,
        List<Priority> priorities) {

    /** One message with its sender's name and the escalations its missed deadline caused. */
    public record Post(Message message, String sender, List<Escalation> escalations) {}

    /** The channel's sides, in the group's order. */
    public List<Side> channelSides() {
        return sides.stream()
                .filter(side -> channel.sideIds().contains(side.id()))
                .toList();
    }

    /** The sides a message waits on: receiving sides of the channel. */
    public List<Side> receivers(Message message) {
        return channelSides().stream()
                .filter(side -> side.id() != message.senderSideId())
                .toList();
    }

    public String sideName(Long sideId) {
        return sides.stream()
                .filter(side -> Long.valueOf(side.id()).equals(sideId))
                .map(Side::name)
                .findFirst()
                .orElse("");
    }

    public String memberName(Long memberId) {
        return memberId == null ? "" : memberNames.getOrDefault(memberId, "");
    }

    public boolean acknowledged(Message message, Side side) {
        return message.acknowledgedBySides().contains(side.id());
    }

    /** Whether every receiving side has acknowledged: the deadline no longer matters. */
    public boolean settled(Message message) {
        return receivers(message).stream().allMatch(side -> acknowledged(message, side));
    }

    public boolean mayAcknowledge(Message message, Side side) {
        return channel.archivedAt() == null && roles.onSide(side.id()) && !acknowledged(message, side);
    }

    /** The channel's sides the viewer may write for. */
    public List<Side> sendingSides() {
        return channel.archivedAt() != null
                ? List.of()
                : channelSides().stream()
                        .filter(side -> roles.onSide(side.id()))
                        .toList();
    }
}
