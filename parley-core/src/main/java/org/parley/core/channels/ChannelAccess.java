package org.parley.core.channels;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.channels.ChannelDao.AckRow;
import org.parley.core.channels.ChannelDao.ChannelRow;
import org.parley.core.channels.ChannelDao.MessageRow;
import org.parley.core.system.Actor;
import org.parley.core.system.NotFoundException;

/**
 * Loads channels and messages for an actor who sits on one of the channel's sides; nobody else reads
 * a channel, not even administrators. Stateless.
 */
final class ChannelAccess {

    private ChannelAccess() {}

    /** The actor's roles in the channel's group, once they are known to take part in it. */
    static Roles participant(Handle handle, Actor actor, Channel channel) {
        Roles roles = Access.rolesOf(handle, actor, channel.groupId());
        Access.require(
                channel.sideIds().stream().anyMatch(roles::onSide),
                "only members of the channel's sides read and write in it");
        return roles;
    }

    static Channel channel(Handle handle, long channelId) {
        ChannelDao channels = handle.attach(ChannelDao.class);
        ChannelRow row = channels.findChannel(channelId).orElseThrow(() -> new NotFoundException("channel", channelId));
        return new Channel(
                row.id(),
                row.groupId(),
                row.name(),
                row.createdAt(),
                row.archivedAt(),
                channels.channelSides(channelId));
    }

    static Message message(Handle handle, MessageRow row) {
        return message(row, handle.attach(ChannelDao.class).acknowledgingSides(row.id()));
    }

    /** The messages of these rows, their acknowledgements read in one query rather than one per message. */
    static List<Message> messages(Handle handle, List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> channels = rows.stream().map(MessageRow::channelId).collect(Collectors.toSet());
        Map<Long, Set<Long>> acknowledged = handle.attach(ChannelDao.class).acknowledgementsIn(channels).stream()
                .collect(Collectors.groupingBy(
                        AckRow::messageId, Collectors.mapping(AckRow::sideId, Collectors.toSet())));
        return rows.stream()
                .map(row -> message(row, acknowledged.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    private static Message message(MessageRow row, Set<Long> acknowledgingSides) {
        return new Message(
                row.id(),
                row.channelId(),
                row.senderId(),
                row.senderSideId(),
                row.priority(),
                row.subject(),
                row.body(),
                row.sentAt(),
                row.ackDeadline(),
                row.archivedAt(),
                acknowledgingSides);
    }

    static MessageRow messageRow(Handle handle, long messageId) {
        return handle.attach(ChannelDao.class)
                .findMessage(messageId)
                .orElseThrow(() -> new NotFoundException("message", messageId));
    }
}
