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
            + " published_on, effective_on, citation, source_url, authoritative_language";

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
            String authoritativeLanguage) {}

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
