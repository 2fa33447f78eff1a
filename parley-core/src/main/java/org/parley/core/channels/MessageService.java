package org.parley.core.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.access.Seat;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.channels.ChannelDao.MessageRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * Messages in channels: sending with a priority and acknowledgement deadline, acknowledging per
 * receiving side, archiving and search. Thread-safe.
 */
public final class MessageService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public MessageService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Sends on behalf of {@code senderSideId}, which the actor must sit on.
     *
     * @param acknowledgementWindow time the other sides have to acknowledge; null for the priority's
     *     default
     */
    public Message send(
            Actor actor,
            long channelId,
            long senderSideId,
            Priority priority,
            String subject,
            String body,
            Duration acknowledgementWindow) {
        new FieldChecks()
                .present("priority", priority)
                .text("subject", subject, 300)
                .text("body", body, 1_000_000)
                .check(
                        acknowledgementWindow == null || acknowledgementWindow.isPositive(),
                        "acknowledgementWindow",
                        "must be positive")
                .orThrow();
        return jdbi.inTransaction(handle -> {
            Channel channel = ChannelAccess.channel(handle, channelId);
            Roles roles = ChannelAccess.participant(handle, actor, channel);
            Access.require(
                    channel.sideIds().contains(senderSideId) && roles.onSide(senderSideId),
                    "a message is sent on behalf of a side of the channel that the sender sits on");
            if (channel.archivedAt() != null) {
                throw new ConflictException("channel " + channelId + " is archived");
            }
            Instant now = Instants.now(clock);
            Duration window = acknowledgementWindow != null
                    ? acknowledgementWindow
                    : priority.acknowledgementWindow().orElse(null);
            Instant deadline = window == null ? null : now.plus(window);
            ChannelDao channels = handle.attach(ChannelDao.class);
            long id = channels.insertMessage(
                    channelId, roles.userId(), senderSideId, priority, subject.strip(), body, now, deadline);
            audit.append(
                    handle,
                    actor,
                    "message.sent",
                    Subject.of("message", id),
                    AuditLog.details(
                            "channelId",
                            channelId,
                            "senderSideId",
                            senderSideId,
                            "priority",
                            priority,
                            "subject",
                            subject.strip(),
                            "acknowledgementDeadline",
                            deadline));
            return ChannelAccess.message(handle, ChannelAccess.messageRow(handle, id));
        });
    }

    /** Acknowledges receipt for {@code sideId}, a receiving side the actor sits on. */
    public Message acknowledge(Actor actor, long messageId, long sideId) {
        return jdbi.inTransaction(handle -> {
            ChannelDao channels = handle.attach(ChannelDao.class);
            MessageRow row =
                    channels.lockMessage(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
            Channel channel = ChannelAccess.channel(handle, row.channelId());
            Roles roles = ChannelAccess.participant(handle, actor, channel);
            Access.require(
                    roles.onSide(sideId) && channel.sideIds().contains(sideId) && sideId != row.senderSideId(),
                    "a receiving side's member acknowledges for that side");
            if (channels.acknowledgingSides(messageId).contains(sideId)) {
                throw new ConflictException("side " + sideId + " already acknowledged message " + messageId);
            }
            channels.insertAck(messageId, sideId, roles.userId(), Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "message.acknowledged",
                    Subject.of("message", messageId),
                    AuditLog.details("sideId", sideId));
            return ChannelAccess.message(handle, row);
        });
    }

    /** Takes the message out of the channel's list (search still finds it): its sender, the sending side's leaders, the secretariat or a co-chair. */
    public Message archive(Actor actor, long messageId) {
        return jdbi.inTransaction(handle -> {
            MessageRow row = ChannelAccess.messageRow(handle, messageId);
            Roles roles = ChannelAccess.participant(handle, actor, ChannelAccess.channel(handle, row.channelId()));
            // Archiving hides the message from every side's list: not for the other side, nor any member at will.
            Access.require(
                    Objects.equals(roles.userId(), row.senderId())
                            || roles.leads(row.senderSideId())
                            || roles.managesGroup(),
                    "only the sender, the sending side's leaders, the secretariat and co-chairs archive a message");
            handle.attach(ChannelDao.class).archiveMessage(messageId, Instants.now(clock));
            audit.append(handle, actor, "message.archived", Subject.of("message", messageId), AuditLog.details());
            return ChannelAccess.message(handle, ChannelAccess.messageRow(handle, messageId));
        });
    }

    public List<Message> messages(Actor actor, long channelId, boolean includeArchived) {
        return jdbi.withHandle(handle -> {
            ChannelAccess.participant(handle, actor, ChannelAccess.channel(handle, channelId));
            return ChannelAccess.messages(
                    handle, handle.attach(ChannelDao.class).messages(channelId, includeArchived));
        });
    }

    /**
     * What the actor's sides still have to acknowledge in the group, earliest deadline first. One query
     * for the whole group: reading every channel's messages with their acknowledgements took one query
     * per message.
     */
    public List<PendingAcknowledgement> pendingAcknowledgements(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Roles roles = Access.readable(handle, actor, groupId);
            List<Long> sides =
                    roles.seats().stream().map(Seat::sideId).distinct().toList();
            if (sides.isEmpty()) {
                return List.<PendingAcknowledgement>of();
            }
            return handle.createQuery("SELECT c.id AS channel_id, c.name AS channel_name, m.id AS message_id,"
                            + " m.subject, cs.side_id, m.priority, m.ack_deadline AS deadline"
                            + " FROM messages m JOIN channels c ON c.id = m.channel_id"
                            + " JOIN channel_sides cs ON cs.channel_id = c.id"
                            + " WHERE c.group_id = :groupId AND c.archived_at IS NULL AND m.archived_at IS NULL"
                            + " AND m.ack_deadline IS NOT NULL AND cs.side_id <> m.sender_side_id"
                            + " AND cs.side_id IN (<sides>) AND NOT EXISTS (SELECT 1 FROM message_acks a"
                            + " WHERE a.message_id = m.id AND a.side_id = cs.side_id)"
                            + " ORDER BY m.ack_deadline, m.id, cs.side_id")
                    .bind("groupId", groupId)
                    .bindList("sides", sides)
                    .mapTo(PendingAcknowledgement.class)
                    .list();
        });
    }

    /**
     * Messages (archived ones included) whose subject or body contains {@code text}, case-insensitively,
     * in the group's channels the actor takes part in; newest first.
     */
    public List<Message> search(Actor actor, long groupId, String text) {
        new FieldChecks().text("text", text, 200).orThrow();
        return jdbi.withHandle(handle -> {
            Roles roles = Access.readable(handle, actor, groupId);
            List<Long> channelIds = handle.attach(ChannelDao.class).channels(groupId).stream()
                    .map(row -> ChannelAccess.channel(handle, row.id()))
                    .filter(channel -> channel.sideIds().stream().anyMatch(roles::onSide))
                    .map(Channel::id)
                    .toList();
            if (channelIds.isEmpty()) {
                return List.<Message>of();
            }
            return ChannelAccess.messages(
                    handle, handle.attach(ChannelDao.class).search(channelIds, likePattern(text)));
        });
    }

    /** A LIKE pattern matching {@code text} literally anywhere; '!' escapes the wildcards. */
    static String likePattern(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
