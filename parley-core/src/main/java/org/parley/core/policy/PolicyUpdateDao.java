package org.parley.core.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for policy updates, their texts and tags, and their agenda links. */
interface PolicyUpdateDao {

    String COLUMNS = "id, group_id, side_id, posted_by, posted_at, jurisdiction, issuing_body, instrument_type,"
            + " published_on, effective_on, citation, source_url, authoritative_language, edited_at, withdrawn_at,"
            + " withdrawal_reason";

    /** A policy_updates row without texts and tags. */
    record UpdateRow(
            long id,
            long groupId,
            long sideId,
            long postedBy,
            Instant postedAt,
            String jurisdiction,
            String issuingBody,
            InstrumentType instrumentType,
            LocalDate publishedOn,
            LocalDate effectiveOn,
            String citation,
            String sourceUrl,
            String authoritativeLanguage,
            Instant editedAt,
            Instant withdrawnAt,
            String withdrawalReason) {}

    /** One language's title and summary. */
    record TextRow(String language, String title, String summary) {}

    @SqlUpdate("INSERT INTO policy_updates (group_id, side_id, posted_by, posted_at, jurisdiction, issuing_body,"
            + " instrument_type, published_on, effective_on, citation, source_url, authoritative_language) VALUES"
            + " (:groupId, :sideId, :postedBy, :postedAt, :jurisdiction, :issuingBody, :instrumentType,"
            + " :publishedOn, :effectiveOn, :citation, :sourceUrl, :authoritativeLanguage)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("groupId") long groupId,
            @Bind("sideId") long sideId,
            @Bind("postedBy") long postedBy,
            @Bind("postedAt") Instant postedAt,
            @Bind("jurisdiction") String jurisdiction,
            @Bind("issuingBody") String issuingBody,
            @Bind("instrumentType") InstrumentType instrumentType,
            @Bind("publishedOn") LocalDate publishedOn,
            @Bind("effectiveOn") LocalDate effectiveOn,
            @Bind("citation") String citation,
            @Bind("sourceUrl") String sourceUrl,
            @Bind("authoritativeLanguage") String authoritativeLanguage);

    @SqlUpdate("INSERT INTO policy_update_texts (update_id, language, title, summary)"
            + " VALUES (:id, :language, :title, :summary)")
    void insertText(
            @Bind("id") long updateId,
            @Bind("language") String language,
            @Bind("title") String title,
            @Bind("summary") String summary);

    @SqlUpdate("INSERT INTO policy_update_tags (update_id, tag) VALUES (:id, :tag)")
    void insertTag(@Bind("id") long updateId, @Bind("tag") String tag);

    @SqlUpdate("UPDATE policy_updates SET jurisdiction = :jurisdiction, issuing_body = :issuingBody,"
            + " instrument_type = :instrumentType, published_on = :publishedOn, effective_on = :effectiveOn,"
            + " citation = :citation, source_url = :sourceUrl, authoritative_language = :authoritativeLanguage,"
            + " edited_at = :editedAt WHERE id = :id")
    void update(
            @Bind("id") long id,
            @Bind("jurisdiction") String jurisdiction,
            @Bind("issuingBody") String issuingBody,
            @Bind("instrumentType") InstrumentType instrumentType,
            @Bind("publishedOn") LocalDate publishedOn,
            @Bind("effectiveOn") LocalDate effectiveOn,
            @Bind("citation") String citation,
            @Bind("sourceUrl") String sourceUrl,
            @Bind("authoritativeLanguage") String authoritativeLanguage,
            @Bind("editedAt") Instant editedAt);

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
