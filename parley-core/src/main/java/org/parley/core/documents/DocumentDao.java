package org.parley.core.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for documents, versions, contents and classifications. */
interface DocumentDao {

    String COLUMNS = "id, group_id, title, owner_side_id, visibility, created_by, created_at, deleted_at";
    String VERSION_COLUMNS = "v.id, v.document_id, v.version, v.language, v.file_name, v.media_type, v.size,"
            + " v.content_sha256, v.uploaded_by, v.uploaded_at, c.item_kind, c.eccn, c.for_eccn, c.public_status,"
            + " c.standards_organization, c.intended_for_publication, c.published_standard, c.classified_by,"
            + " c.classified_at";
    String VERSIONS = "document_versions v LEFT JOIN version_classifications c ON c.version_id = v.id";

    /** A version row joined with its classification (whose columns are null while unclassified). */
    record VersionRow(
            long id,
            long documentId,
            int version,
            String language,
            String fileName,
            String mediaType,
            long size,
            String contentSha256,
            long uploadedBy,
            Instant uploadedAt,
            String itemKind,
            String eccn,
            String forEccn,
            String publicStatus,
            String standardsOrganization,
            Boolean intendedForPublication,
            Boolean publishedStandard,
            Long classifiedBy,
            Instant classifiedAt) {}

    @SqlUpdate("INSERT INTO documents (group_id, title, owner_side_id, visibility, created_by, created_at)"
            + " VALUES (:groupId, :d.title, :d.ownerSideId, :d.visibility, :createdBy, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("groupId") long groupId,
            @BindMethods("d") NewDocument document,
            @Bind("createdBy") long createdBy,
            @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM documents WHERE id = :id AND deleted_at IS NULL")
    Optional<Document> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM documents WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
    Optional<Document> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM documents WHERE group_id = :groupId AND deleted_at IS NULL ORDER BY id")
    List<Document> ofGroup(@Bind("groupId") long groupId);

    @SqlUpdate("UPDATE documents SET deleted_at = :now WHERE id = :id")
    void markDeleted(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM document_contents WHERE sha256 = :sha256")
    int contentCount(@Bind("sha256") String sha256);

    @SqlUpdate("INSERT INTO document_contents (sha256, size, content) VALUES (:sha256, :size, :content)")
    void insertContent(@Bind("sha256") String sha256, @Bind("size") long size, @Bind("content") byte[] content);

    @SqlQuery("SELECT content FROM document_contents WHERE sha256 = :sha256")
    Optional<byte[]> content(@Bind("sha256") String sha256);

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM document_versions WHERE document_id = :documentId")
    int lastVersion(@Bind("documentId") long documentId);

    @SqlUpdate("INSERT INTO document_versions (document_id, version, language, file_name, media_type, size,"
            + " content_sha256, uploaded_by, uploaded_at) VALUES (:documentId, :version, :language, :fileName,"
            + " :mediaType, :size, :sha256, :uploadedBy, :uploadedAt)")
    @GetGeneratedKeys("id")
    long insertVersion(
            @Bind("documentId") long documentId,
            @Bind("version") int version,
            @Bind("language") String language,
            @Bind("fileName") String fileName,
            @Bind("mediaType") String mediaType,
            @Bind("size") long size,
            @Bind("sha256") String sha256,
            @Bind("uploadedBy") long uploadedBy,
            @Bind("uploadedAt") Instant uploadedAt);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM " + VERSIONS + " WHERE v.id = :id")
    Optional<VersionRow> findVersion(@Bind("id") long id);

    @SqlQuery(
            "SELECT " + VERSION_COLUMNS + " FROM " + VERSIONS + " WHERE v.document_id = :documentId ORDER BY v.version")
    List<VersionRow> versions(@Bind("documentId") long documentId);

    /** The newest version of each of the group's documents that has one. */
    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM " + VERSIONS + " JOIN documents d ON d.id = v.document_id"
            + " WHERE d.group_id = :groupId AND d.deleted_at IS NULL AND v.version ="
            + " (SELECT MAX(w.version) FROM document_versions w WHERE w.document_id = v.document_id)")
    List<VersionRow> newestOfGroup(@Bind("groupId") long groupId);

    @SqlUpdate("DELETE FROM version_classifications WHERE version_id = :versionId")
    void deleteClassification(@Bind("versionId") long versionId);

    @SqlUpdate("INSERT INTO version_classifications (version_id, item_kind, eccn, for_eccn, public_status,"
            + " standards_organization, intended_for_publication, published_standard, classified_by, classified_at)"
            + " VALUES (:versionId, :itemKind, :eccn, :forEccn, :publicStatus, :organization, :intended, :published,"
            + " :classifiedBy, :classifiedAt)")
    void insertClassification(
            @Bind("versionId") long versionId,
            @Bind("itemKind") String itemKind,
            @Bind("eccn") String eccn,
            @Bind("forEccn") String forEccn,
            @Bind("publicStatus") String publicStatus,
            @Bind("organization") String organization,
            @Bind("intended") boolean intendedForPublication,
            @Bind("published") boolean publishedStandard,
            @Bind("classifiedBy") long classifiedBy,
            @Bind("classifiedAt") Instant classifiedAt);
}
