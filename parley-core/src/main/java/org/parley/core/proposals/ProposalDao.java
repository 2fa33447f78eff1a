package org.parley.core.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for proposals, their versioned texts, side decisions and comments. */
interface ProposalDao {

    String COLUMNS = "id, group_id, title, status, authoritative_language, current_version, created_by, created_at,"
            + " closed_at";

    /** A proposals row without texts and decisions. */
    record ProposalRow(
            long id,
            long groupId,
            String title,
            ProposalStatus status,
            String authoritativeLanguage,
            int currentVersion,
            long createdBy,
            Instant createdAt,
            Instant closedAt) {}

    /** One language's text of one version. */
    record TextRow(String language, String body) {}

    @SqlUpdate("INSERT INTO proposals (group_id, title, status, authoritative_language, current_version, created_by,"
            + " created_at) VALUES (:groupId, :title, 'DRAFT', :language, 1, :userId, :now)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("groupId") long groupId,
            @Bind("title") String title,
            @Bind("language") String authoritativeLanguage,
            @Bind("userId") long userId,
            @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM proposals WHERE id = :id")
    Optional<ProposalRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM proposals WHERE id = :id FOR UPDATE")
    Optional<ProposalRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM proposals WHERE group_id = :groupId ORDER BY id")
    List<ProposalRow> ofGroup(@Bind("groupId") long groupId);

    @SqlUpdate("INSERT INTO proposal_texts (proposal_id, version, language, body, created_at)"
            + " VALUES (:id, :version, :language, :body, :now)")
    void insertText(
            @Bind("id") long proposalId,
            @Bind("version") int version,
            @Bind("language") String language,
            @Bind("body") String body,
            @Bind("now") Instant now);

    @SqlQuery("SELECT language, body FROM proposal_texts WHERE proposal_id = :id AND version = :version")
    List<TextRow> texts(@Bind("id") long proposalId, @Bind("version") int version);

    @SqlUpdate("UPDATE proposals SET current_version = :version, authoritative_language = :language WHERE id = :id")
    void newVersion(@Bind("id") long id, @Bind("version") int version, @Bind("language") String language);

    @SqlUpdate("UPDATE proposals SET status = :status, closed_at = :closedAt WHERE id = :id")
    void updateStatus(@Bind("id") long id, @Bind("status") ProposalStatus status, @Bind("closedAt") Instant closedAt);

    @SqlUpdate("INSERT INTO proposal_decisions (proposal_id, side_id, version, decision, decided_by, decided_at,"
            + " reason) VALUES (:id, :sideId, :version, :decision, :userId, :now, :reason)")
    void insertDecision(
            @Bind("id") long proposalId,
            @Bind("sideId") long sideId,
            @Bind("version") int version,
            @Bind("decision") String decision,
            @Bind("userId") long userId,
            @Bind("now") Instant now,
            @Bind("reason") String reason);

    /** One language's text of a proposal's current version. */
    record CurrentTextRow(long proposalId, String language, String body) {}

    /** One side's endorsement of a proposal's current version. */
    record EndorsementRow(long proposalId, long sideId) {}

    @SqlQuery("SELECT t.proposal_id, t.language, t.body FROM proposal_texts t JOIN proposals p"
            + " ON p.id = t.proposal_id AND p.current_version = t.version WHERE p.group_id = :groupId")
    List<CurrentTextRow> currentTextsOfGroup(@Bind("groupId") long groupId);

    @SqlQuery("SELECT d.proposal_id, d.side_id FROM proposal_decisions d JOIN proposals p"
            + " ON p.id = d.proposal_id AND p.current_version = d.version"
            + " WHERE p.group_id = :groupId AND d.decision = 'ENDORSED'")
    List<EndorsementRow> currentEndorsementsOfGroup(@Bind("groupId") long groupId);

    @SqlQuery("SELECT side_id FROM proposal_decisions WHERE proposal_id = :id AND version = :version"
            + " AND decision = 'ENDORSED'")
    Set<Long> endorsingSides(@Bind("id") long proposalId, @Bind("version") int version);

    @SqlUpdate("INSERT INTO proposal_comments (proposal_id, version, author_id, body, created_at)"
            + " VALUES (:id, :version, :userId, :body, :now)")
    @GetGeneratedKeys("id")
    long insertComment(
            @Bind("id") long proposalId,
            @Bind("version") int version,
            @Bind("userId") long userId,
            @Bind("body") String body,
            @Bind("now") Instant now);

    @SqlQuery("SELECT id, proposal_id, version, author_id, body, created_at FROM proposal_comments"
            + " WHERE proposal_id = :id ORDER BY id")
    List<Comment> comments(@Bind("id") long proposalId);
}
