package org.parley.core.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for policy updates, their texts and tags, and their agenda links. */
interface PolicyUpdateDao {

    String COLUMNS = "id, group_id, side_id, posted_by, posted_at, jurisdiction, issuing_body, instrument_type,"
            + " published_on, effective_on, citation, source_url, authoritative_language, edited_at, withdrawn_at,"
            + " withdrawal_reason";

    /**
     * The fields the posting side states, checked and trimmed, as both posting and correcting write them.
     */
    record StatedFields(
            String jurisdiction,
            String issuingBody,
            InstrumentType instrumentType,
            LocalDate publishedOn,
            LocalDate effectiveOn,
            String citation,
            String sourceUrl,
            String authoritativeLanguage) {}

    /** A policy_updates row without texts and tags. */
    record UpdateRow(
            long id,
            long groupId,
            long sideId,
            long postedBy,
            Instant postedAt,
            @Nested StatedFields stated,
            Instant editedAt,
            Instant withdrawnAt,
            String withdrawalReason) {}

    /** One language's title and summary. */
    record TextRow(String language, String title, String summary) {}

    @SqlUpdate("INSERT INTO policy_updates (group_id, side_id, posted_by, posted_at, jurisdiction, issuing_body,"
            + " instrument_type, published_on, effective_on, citation, source_url, authoritative_language) VALUES"
            + " (:groupId, :sideId, :postedBy, :postedAt, :f.jurisdiction, :f.issuingBody, :f.instrumentType,"
            + " :f.publishedOn, :f.effectiveOn, :f.citation, :f.sourceUrl, :f.authoritativeLanguage)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("groupId") long groupId,
            @Bind("sideId") long sideId,
            @Bind("postedBy") long postedBy,
            @Bind("postedAt") Instant postedAt,
            @BindMethods("f") StatedFields fields);

    @SqlUpdate("INSERT INTO policy_update_texts (update_id, language, title, summary)"
            + " VALUES (:id, :language, :title, :summary)")
    void insertText(
            @Bind("id") long updateId,
            @Bind("language") String language,
            @Bind("title") String title,
            @Bind("summary") String summary);

    @SqlUpdate("INSERT INTO policy_update_tags (update_id, tag) VALUES (:id, :tag)")
    void insertTag(@Bind("id") long updateId, @Bind("tag") String tag);

    @SqlUpdate("UPDATE policy_updates SET jurisdiction = :f.jurisdiction, issuing_body = :f.issuingBody,"
            + " instrument_type = :f.instrumentType, published_on = :f.publishedOn, effective_on = :f.effectiveOn,"
            + " citation = :f.citation, source_url = :f.sourceUrl, authoritative_language = :f.authoritativeLanguage,"
            + " edited_at = :editedAt WHERE id = :id")
    void update(@Bind("id") long id, @BindMethods("f") StatedFields fields, @Bind("editedAt") Instant editedAt);

    @SqlUpdate("DELETE FROM policy_update_texts WHERE update_id = :id")
    void deleteTexts(@Bind("id") long updateId);

    @SqlUpdate("DELETE FROM policy_update_tags WHERE update_id = :id")
    void deleteTags(@Bind("id") long updateId);

    @SqlUpdate("UPDATE policy_updates SET withdrawn_at = :now, withdrawn_by = :userId, withdrawal_reason = :reason"
            + " WHERE id = :id AND withdrawn_at IS NULL")
    int withdraw(
            @Bind("id") long updateId,
            @Bind("userId") long userId,
            @Bind("now") Instant now,
            @Bind("reason") String reason);

    @SqlQuery("SELECT " + COLUMNS + " FROM policy_updates WHERE id = :id")
    Optional<UpdateRow> find(@Bind("id") long id);

    @SqlQuery("SELECT language, title, summary FROM policy_update_texts WHERE update_id = :id")
    List<TextRow> texts(@Bind("id") long updateId);

    @SqlQuery("SELECT tag FROM policy_update_tags WHERE update_id = :id ORDER BY tag")
    List<String> tags(@Bind("id") long updateId);

    @SqlUpdate("INSERT INTO agenda_policy_updates (agenda_item_id, update_id, linked_by, linked_at)"
            + " VALUES (:itemId, :updateId, :userId, :now)")
    void link(
            @Bind("itemId") long agendaItemId,
            @Bind("updateId") long updateId,
            @Bind("userId") long userId,
            @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM agenda_policy_updates WHERE agenda_item_id = :itemId AND update_id = :updateId")
    int linkCount(@Bind("itemId") long agendaItemId, @Bind("updateId") long updateId);

    @SqlUpdate("DELETE FROM agenda_policy_updates WHERE agenda_item_id = :itemId AND update_id = :updateId")
    int unlink(@Bind("itemId") long agendaItemId, @Bind("updateId") long updateId);
}
