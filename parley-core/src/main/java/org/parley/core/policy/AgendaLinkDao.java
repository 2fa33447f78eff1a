package org.parley.core.policy;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL reading agenda items and their linked policy updates. */
interface AgendaLinkDao {

    /** An agenda item with the group of its meeting. */
    record ItemRow(long id, long meetingId, long groupId, int position, String title, Long caucusSideId) {}

    /** One link, with its item's place on the agenda. */
    record LinkRow(long agendaItemId, int position, String title, Long caucusSideId, long updateId) {}

    @SqlQuery("SELECT a.id, a.meeting_id, m.group_id, a.position, a.title, a.caucus_side_id FROM agenda_items a"
            + " JOIN meetings m ON m.id = a.meeting_id WHERE a.id = :id")
    Optional<ItemRow> item(@Bind("id") long agendaItemId);

    @SqlQuery("SELECT group_id FROM meetings WHERE id = :id")
    Optional<Long> meetingGroup(@Bind("id") long meetingId);

    @SqlQuery("SELECT a.id AS agenda_item_id, a.position, a.title, a.caucus_side_id, l.update_id"
            + " FROM agenda_policy_updates l JOIN agenda_items a ON a.id = l.agenda_item_id"
            + " WHERE a.meeting_id = :meetingId ORDER BY a.position, l.linked_at, l.update_id")
    List<LinkRow> links(@Bind("meetingId") long meetingId);
}
