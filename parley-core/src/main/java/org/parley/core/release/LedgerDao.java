package org.parley.core.release;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for releases and the append-only ledger: there is no UPDATE or DELETE here on purpose. */
interface LedgerDao {

    String FIELDS = "release_id, group_id, document_id, document_title, version_id, version_number,"
            + " content_sha256, member_id, recipient_name, recipient_user_id, channel, channel_ref, outcome, delivered,"
            + " reason, licence_number, conditions_met, request_json, determination_json, lists_hash, lists_as_of,"
            + " rules_as_of, decided_at, released_by, retain_until, row_hash";

    String COLUMNS = "id, " + FIELDS;

    @SqlUpdate("INSERT INTO releases (group_id, version_id, channel, channel_ref, released_by, released_at,"
            + " licence_number) VALUES (:groupId, :versionId, :channel, :channelRef, :releasedBy, :releasedAt,"
            + " :licenceNumber)")
    @GetGeneratedKeys("id")
    long insertRelease(
            @Bind("groupId") long groupId,
            @Bind("versionId") long versionId,
            @Bind("channel") String channel,
            @Bind("channelRef") Long channelRef,
            @Bind("releasedBy") String releasedBy,
            @Bind("releasedAt") Instant releasedAt,
            @Bind("licenceNumber") String licenceNumber);

    @SqlUpdate("INSERT INTO release_ledger (" + FIELDS + ") VALUES (:e.releaseId,"
            + " :e.groupId, :e.documentId, :e.documentTitle, :e.versionId, :e.versionNumber, :e.contentSha256,"
            + " :e.memberId, :e.recipientName, :e.recipientUserId, :e.channel, :e.channelRef, :e.outcome,"
            + " :e.delivered, :e.reason, :e.licenceNumber, :e.conditionsMet, :e.requestJson, :e.determinationJson,"
            + " :e.listsHash, :e.listsAsOf, :e.rulesAsOf, :e.decidedAt, :e.releasedBy, :e.retainUntil, :rowHash)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("e") LedgerEntry entry, @Bind("rowHash") String rowHash);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger WHERE id = :id")
    LedgerEntry find(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM release_ledger WHERE version_id = :versionId AND recipient_user_id = :userId"
            + " AND delivered")
    int deliveries(@Bind("versionId") long versionId, @Bind("userId") long userId);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger WHERE group_id = :groupId ORDER BY id DESC")
    List<LedgerEntry> ofGroup(@Bind("groupId") long groupId);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger WHERE document_id = :documentId ORDER BY id DESC")
    List<LedgerEntry> ofDocument(@Bind("documentId") long documentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger WHERE release_id = :releaseId ORDER BY id")
    List<LedgerEntry> ofRelease(@Bind("releaseId") long releaseId);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger WHERE version_id = :versionId AND delivered ORDER BY id")
    List<LedgerEntry> deliveredOf(@Bind("versionId") long versionId);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_ledger ORDER BY id")
    Stream<LedgerEntry> all();
}
