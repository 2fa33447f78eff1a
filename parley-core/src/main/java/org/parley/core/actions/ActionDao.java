package org.parley.core.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for action items, outcomes and their progress reports. */
interface ActionDao {

    String ITEM_COLUMNS = "id, group_id, meeting_id, title, owner_member_id, side_id, due_date, status, created_at";

    /** An outcomes row without the per-side statuses. */
    record OutcomeRow(long id, long groupId, long meetingId, String text, Instant createdAt) {}

    @SqlUpdate("INSERT INTO action_items (group_id, meeting_id, title, owner_member_id, side_id, due_date, status,"
            + " created_at) VALUES (:groupId, :meetingId, :title, :owner, :sideId, :dueDate, 'OPEN', :now)")
    @GetGeneratedKeys("id")
    long insertItem(
            @Bind("groupId") long groupId,
            @Bind("meetingId") Long meetingId,
            @Bind("title") String title,
            @Bind("owner") long ownerMemberId,
            @Bind("sideId") long sideId,
            @Bind("dueDate") LocalDate dueDate,
            @Bind("now") Instant now);

    @SqlQuery("SELECT " + ITEM_COLUMNS + " FROM action_items WHERE id = :id")
    Optional<ActionItem> findItem(@Bind("id") long id);

    @SqlQuery("SELECT " + ITEM_COLUMNS + " FROM action_items WHERE group_id = :groupId ORDER BY due_date, id")
    List<ActionItem> items(@Bind("groupId") long groupId);

    @SqlQuery("SELECT " + ITEM_COLUMNS + " FROM action_items WHERE group_id = :groupId"
            + " AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY due_date, id")
    List<ActionItem> openItems(@Bind("groupId") long groupId);

    @SqlUpdate("UPDATE action_items SET status = :status WHERE id = :id")
    void updateItemStatus(@Bind("id") long id, @Bind("status") ActionStatus status);

    @SqlUpdate("INSERT INTO action_item_updates (action_item_id, meeting_id, status, note, recorded_at)"
            + " VALUES (:itemId, :meetingId, :status, :note, :now)")
    void insertItemUpdate(
            @Bind("itemId") long itemId,
            @Bind("meetingId") Long meetingId,
            @Bind("status") ActionStatus status,
            @Bind("note") String note,
            @Bind("now") Instant now);

    @SqlQuery("SELECT a.meeting_id, i.side_id, a.status, a.note, a.recorded_at FROM action_item_updates a"
            + " JOIN action_items i ON i.id = a.action_item_id WHERE a.action_item_id = :itemId ORDER BY a.id")
    List<ProgressReport> itemHistory(@Bind("itemId") long itemId);

    @SqlUpdate(
            "INSERT INTO outcomes (group_id, meeting_id, text, created_at) VALUES (:groupId, :meetingId, :text, :now)")
    @GetGeneratedKeys("id")
    long insertOutcome(
            @Bind("groupId") long groupId,
            @Bind("meetingId") long meetingId,
            @Bind("text") String text,
            @Bind("now") Instant now);

    @SqlQuery("SELECT id, group_id, meeting_id, text, created_at FROM outcomes WHERE id = :id")
    Optional<OutcomeRow> findOutcome(@Bind("id") long id);

    @SqlQuery("SELECT id, group_id, meeting_id, text, created_at FROM outcomes WHERE group_id = :groupId ORDER BY id")
    List<OutcomeRow> outcomes(@Bind("groupId") long groupId);

    @SqlUpdate("INSERT INTO outcome_progress (outcome_id, side_id, meeting_id, status, note, recorded_at)"
            + " VALUES (:outcomeId, :sideId, :meetingId, :status, :note, :now)")
    void insertProgress(
            @Bind("outcomeId") long outcomeId,
            @Bind("sideId") long sideId,
            @Bind("meetingId") Long meetingId,
            @Bind("status") ImplementationStatus status,
            @Bind("note") String note,
            @Bind("now") Instant now);

    @SqlQuery("SELECT meeting_id, side_id, status, note, recorded_at FROM outcome_progress"
            + " WHERE outcome_id = :outcomeId ORDER BY id")
    List<ProgressReport> outcomeHistory(@Bind("outcomeId") long outcomeId);
}
