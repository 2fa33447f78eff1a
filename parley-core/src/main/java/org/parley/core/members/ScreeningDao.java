package org.parley.core.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for screening reviews, their matches and remembered dismissals. */
interface ScreeningDao {

    String REVIEW_COLUMNS =
            "id, member_id, group_id, status, snapshot_hash, lists_as_of, created_at, resolved_by, resolved_at, reason";

    /** A screening_reviews row; the matches live in their own table. */
    record ReviewRow(
            long id,
            long memberId,
            long groupId,
            ReviewStatus status,
            String snapshotHash,
            LocalDate listsAsOf,
            Instant createdAt,
            Long resolvedBy,
            Instant resolvedAt,
            String reason) {}

    @SqlUpdate("INSERT INTO screening_reviews (member_id, group_id, status, snapshot_hash, lists_as_of, created_at)"
            + " VALUES (:memberId, :groupId, 'OPEN', :snapshotHash, :listsAsOf, :createdAt)")
    @GetGeneratedKeys("id")
    long insertReview(
            @Bind("memberId") long memberId,
            @Bind("groupId") long groupId,
            @Bind("snapshotHash") String snapshotHash,
            @Bind("listsAsOf") LocalDate listsAsOf,
            @Bind("createdAt") Instant createdAt);

    @SqlUpdate("INSERT INTO screening_review_hits (review_id, screened_name, party_type, list_code, entry_id,"
            + " entry_name, matched_name, score, entry_hash) VALUES (:reviewId, :m.screenedName, :m.partyType,"
            + " :m.listCode, :m.entryId, :m.entryName, :m.matchedName, :m.score, :m.entryHash)")
    void insertMatch(@Bind("reviewId") long reviewId, @BindMethods("m") PossibleMatch match);

    @SqlQuery("SELECT " + REVIEW_COLUMNS + " FROM screening_reviews WHERE id = :id")
    Optional<ReviewRow> findReview(@Bind("id") long id);

    @SqlQuery("SELECT " + REVIEW_COLUMNS + " FROM screening_reviews WHERE id = :id FOR UPDATE")
    Optional<ReviewRow> lockReview(@Bind("id") long id);

    @SqlQuery("SELECT " + REVIEW_COLUMNS + " FROM screening_reviews WHERE group_id = :groupId AND status = 'OPEN'"
            + " ORDER BY id")
    List<ReviewRow> openReviews(@Bind("groupId") long groupId);

    @SqlQuery("SELECT screened_name, party_type, list_code, entry_id, entry_name, matched_name, score, entry_hash"
            + " FROM screening_review_hits WHERE review_id = :reviewId ORDER BY score DESC, id")
    List<PossibleMatch> matches(@Bind("reviewId") long reviewId);

    @SqlUpdate("UPDATE screening_reviews SET status = :status, resolved_by = :userId, resolved_at = :now,"
            + " reason = :reason WHERE id = :id")
    void resolve(
            @Bind("id") long id,
            @Bind("status") ReviewStatus status,
            @Bind("userId") long userId,
            @Bind("now") Instant now,
            @Bind("reason") String reason);

    @SqlUpdate("INSERT INTO screening_dismissals (member_id, screened_name, list_code, entry_id, entry_hash,"
            + " review_id) VALUES (:memberId, :k.screenedName, :k.listCode, :k.entryId, :k.entryHash, :reviewId)")
    void insertDismissal(
            @Bind("memberId") long memberId,
            @BindMethods("k") ScreeningOutcome.DismissalKey key,
            @Bind("reviewId") long reviewId);

    @SqlQuery("SELECT screened_name, list_code, entry_id, entry_hash FROM screening_dismissals"
            + " WHERE member_id = :memberId")
    List<ScreeningOutcome.DismissalKey> dismissals(@Bind("memberId") long memberId);
}
