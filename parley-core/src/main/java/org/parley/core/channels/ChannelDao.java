package org.parley.core.channels;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for channels, messages, acknowledgements and escalations. */
interface ChannelDao {

    String MESSAGE_COLUMNS = "m.id, m.channel_id, m.sender_id, m.sender_side_id, m.priority, m.subject, m.body,"
            + " m.sent_at, m.ack_deadline, m.archived_at";

    /** A channels row without its sides. */
    record ChannelRow(long id, long groupId, String name, Instant createdAt, Instant archivedAt) {}

    /** A messages row without its acknowledgements. */
    record MessageRow(
            long id,
            long channelId,
            long senderId,
            long senderSideId,
            Priority priority,
            String subject,
            String body,
            Instant sentAt,
            Instant ackDeadline,
            Instant archivedAt) {}

    /** A receiving side that missed a message's deadline and has not been escalated yet. */
    record MissedAcknowledgement(long messageId, long sideId, Long sideHeadMemberId, Long senderHeadMemberId) {}

    @SqlUpdate("INSERT INTO channels (group_id, name, created_at) VALUES (:groupId, :name, :now)")
    @GetGeneratedKeys("id")
    long insertChannel(@Bind("groupId") long groupId, @Bind("name") String name, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO channel_sides (channel_id, side_id) VALUES (:channelId, :sideId)")
    void insertChannelSide(@Bind("channelId") long channelId, @Bind("sideId") long sideId);

    @SqlQuery("SELECT id, group_id, name, created_at, archived_at FROM channels WHERE id = :id")
    Optional<ChannelRow> findChannel(@Bind("id") long id);

    @SqlQuery("SELECT id, group_id, name, created_at, archived_at FROM channels WHERE group_id = :groupId ORDER BY id")
    List<ChannelRow> channels(@Bind("groupId") long groupId);

    @SqlQuery("SELECT side_id FROM channel_sides WHERE channel_id = :channelId")
    Set<Long> channelSides(@Bind("channelId") long channelId);

    @SqlUpdate("UPDATE channels SET archived_at = :now WHERE id = :id")
    void archiveChannel(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO messages (channel_id, sender_id, sender_side_id, priority, subject, body, sent_at,"
            + " ack_deadline) VALUES (:channelId, :senderId, :sideId, :priority, :subject, :body, :now, :deadline)")
    @GetGeneratedKeys("id")
    long insertMessage(
            @Bind("channelId") long channelId,
            @Bind("senderId") long senderId,
            @Bind("sideId") long senderSideId,
            @Bind("priority") Priority priority,
            @Bind("subject") String subject,
            @Bind("body") String body,
            @Bind("now") Instant now,
            @Bind("deadline") Instant deadline);

    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " FROM messages m WHERE m.id = :id")
    Optional<MessageRow> findMessage(@Bind("id") long id);

    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " FROM messages m WHERE m.id = :id FOR UPDATE")
    Optional<MessageRow> lockMessage(@Bind("id") long id);

    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " FROM messages m WHERE m.channel_id = :channelId"
            + " AND (:archived OR m.archived_at IS NULL) ORDER BY m.sent_at, m.id")
    List<MessageRow> messages(@Bind("channelId") long channelId, @Bind("archived") boolean includeArchived);

    /** Messages of the given channels whose subject or body contains the pattern (a LIKE pattern, '!' escapes). */
    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " FROM messages m WHERE m.channel_id IN (<channelIds>)"
            + " AND (LOWER(m.subject) LIKE :pattern ESCAPE '!' OR LOWER(m.body) LIKE :pattern ESCAPE '!')"
            + " ORDER BY m.sent_at DESC, m.id DESC")
    List<MessageRow> search(@BindList("channelIds") List<Long> channelIds, @Bind("pattern") String pattern);

    @SqlUpdate("UPDATE messages SET archived_at = :now WHERE id = :id")
    void archiveMessage(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO message_acks (message_id, side_id, acknowledged_by, acknowledged_at)"
            + " VALUES (:messageId, :sideId, :userId, :now)")
    void insertAck(
            @Bind("messageId") long messageId,
            @Bind("sideId") long sideId,
            @Bind("userId") long userId,
            @Bind("now") Instant now);

    /** One side's acknowledgement of one message. */
    record AckRow(long messageId, long sideId) {}

    /** Every acknowledgement of the messages in these channels: one query for a whole list of messages. */
    @SqlQuery("SELECT a.message_id, a.side_id FROM message_acks a JOIN messages m ON m.id = a.message_id"
            + " WHERE m.channel_id IN (<channelIds>)")
    List<AckRow> acknowledgementsIn(@BindList("channelIds") Collection<Long> channelIds);

    @SqlQuery("SELECT side_id FROM message_acks WHERE message_id = :messageId")
    Set<Long> acknowledgingSides(@Bind("messageId") long messageId);

    @SqlQuery("SELECT m.id AS message_id, cs.side_id, s.head_member_id AS side_head_member_id,"
            + " sender.head_member_id AS sender_head_member_id"
            + " FROM messages m JOIN channel_sides cs ON cs.channel_id = m.channel_id AND cs.side_id <> m.sender_side_id"
            + " JOIN sides s ON s.id = cs.side_id JOIN sides sender ON sender.id = m.sender_side_id"
            + " WHERE m.ack_deadline <= :now AND m.archived_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM message_acks a WHERE a.message_id = m.id AND a.side_id = cs.side_id)"
            + " AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.message_id = m.id AND e.side_id = cs.side_id)"
            + " ORDER BY m.id, cs.side_id")
    List<MissedAcknowledgement> missedAcknowledgements(@Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM escalations WHERE message_id = :messageId AND side_id = :sideId")
    int escalationCount(@Bind("messageId") long messageId, @Bind("sideId") long sideId);

    @SqlUpdate("INSERT INTO escalations (message_id, side_id, side_head_member_id, sender_head_member_id,"
            + " escalated_at) VALUES (:m.messageId, :m.sideId, :m.sideHeadMemberId, :m.senderHeadMemberId, :now)")
    @GetGeneratedKeys("id")
    long insertEscalation(@BindMethods("m") MissedAcknowledgement missed, @Bind("now") Instant now);

    @SqlQuery("SELECT id, message_id, side_id, side_head_member_id, sender_head_member_id, escalated_at"
            + " FROM escalations WHERE message_id = :messageId ORDER BY id")
    List<Escalation> escalations(@Bind("messageId") long messageId);
}
