package org.parley.core.meetings;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for minutes and their per-side approvals. */
interface MinutesDao {

    /** A minutes row without the approvals. */
    record MinutesRow(
            long meetingId, String body, MinutesStatus status, int revision, Instant updatedAt, Instant approvedAt) {}

    @SqlQuery("SELECT meeting_id, body, status, revision, updated_at, approved_at FROM minutes"
            + " WHERE meeting_id = :meetingId FOR UPDATE")
    Optional<MinutesRow> lock(@Bind("meetingId") long meetingId);

    @SqlQuery("SELECT meeting_id, body, status, revision, updated_at, approved_at FROM minutes"
            + " WHERE meeting_id = :meetingId")
    Optional<MinutesRow> find(@Bind("meetingId") long meetingId);

    @SqlUpdate("INSERT INTO minutes (meeting_id, body, status, revision, updated_at)"
            + " VALUES (:meetingId, :body, 'DRAFT', 1, :now)")
    void insert(@Bind("meetingId") long meetingId, @Bind("body") String body, @Bind("now") Instant now);

    @SqlUpdate("UPDATE minutes SET body = :body, revision = revision + 1, updated_at = :now"
            + " WHERE meeting_id = :meetingId")
    void revise(@Bind("meetingId") long meetingId, @Bind("body") String body, @Bind("now") Instant now);

    @SqlUpdate("UPDATE minutes SET status = 'APPROVED', approved_at = :now WHERE meeting_id = :meetingId")
    void markApproved(@Bind("meetingId") long meetingId, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO minutes_approvals (meeting_id, side_id, revision, approved_by, approved_at)"
            + " VALUES (:meetingId, :sideId, :revision, :userId, :now)")
    void insertApproval(
            @Bind("meetingId") long meetingId,
            @Bind("sideId") long sideId,
            @Bind("revision") int revision,
            @Bind("userId") long userId,
            @Bind("now") Instant now);

    @SqlQuery("SELECT side_id FROM minutes_approvals WHERE meeting_id = :meetingId AND revision = :revision")
    Set<Long> approvingSides(@Bind("meetingId") long meetingId, @Bind("revision") int revision);
}
