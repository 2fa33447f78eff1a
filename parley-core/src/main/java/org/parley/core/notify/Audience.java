package org.parley.core.notify;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Finds whom to notify among a group's active members, within the caller's handle. Stateless. */
final class Audience {

    private static final String SELECT = "SELECT m.user_id, m.full_name AS name, m.email, m.preferred_language AS"
            + " language FROM members m WHERE m.status = 'ACTIVE' AND ";

    private Audience() {}

    static List<Addressee> members(Handle handle, long groupId) {
        return query(handle, "m.group_id = :id ORDER BY m.id", groupId);
    }

    static List<Addressee> complianceOfficers(Handle handle, long groupId) {
        return query(handle, "m.group_id = :id AND m.role = 'COMPLIANCE_OFFICER' ORDER BY m.id", groupId);
    }

    /** Each side's co-chairs and head of delegation: those who approve minutes for their side. */
    static List<Addressee> leaders(Handle handle, long groupId) {
        return query(
                handle,
                "m.group_id = :id AND (m.role = 'CO_CHAIR' OR m.id IN (SELECT head_member_id FROM sides"
                        + " WHERE group_id = :id AND head_member_id IS NOT NULL)) ORDER BY m.id",
                groupId);
    }

    /** Members of the channel's sides other than the sender's. */
    static List<Addressee> receivingSides(Handle handle, long channelId, long senderSideId) {
        return handle.createQuery(SELECT + "m.side_id IN (SELECT side_id FROM channel_sides WHERE channel_id = :id"
                        + " AND side_id <> :sender) ORDER BY m.id")
                .bind("id", channelId)
                .bind("sender", senderSideId)
                .mapTo(Addressee.class)
                .list();
    }

    static List<Addressee> member(Handle handle, Long memberId) {
        return memberId == null ? List.of() : query(handle, "m.id = :id", memberId);
    }

    /** The user's active membership in the group. */
    static List<Addressee> user(Handle handle, long groupId, long userId) {
        return handle.createQuery(SELECT + "m.group_id = :groupId AND m.user_id = :userId ORDER BY m.id")
                .bind("groupId", groupId)
                .bind("userId", userId)
                .setMaxRows(1)
                .mapTo(Addressee.class)
                .list();
    }

    private static List<Addressee> query(Handle handle, String where, long id) {
        return handle.createQuery(SELECT + where)
                .bind("id", id)
                .mapTo(Addressee.class)
                .list();
    }
}
