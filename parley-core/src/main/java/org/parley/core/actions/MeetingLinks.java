package org.parley.core.actions;

import org.jdbi.v3.core.Handle;
import org.parley.core.system.ValidationException;

/** Checks that a referenced meeting belongs to the same group. Stateless. */
final class MeetingLinks {

    private MeetingLinks() {}

    static void requireInGroup(Handle handle, Long meetingId, long groupId) {
        if (meetingId == null) {
            return;
        }
        boolean inGroup = handle.createQuery("SELECT COUNT(*) FROM meetings WHERE id = :id AND group_id = :groupId")
                        .bind("id", meetingId)
                        .bind("groupId", groupId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
        if (!inGroup) {
            throw ValidationException.of("meetingId", "is not a meeting of group " + groupId);
        }
    }
}
