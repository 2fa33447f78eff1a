package org.parley.core.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.parley.core.documents.DocumentDao.VersionRow;
import org.parley.core.system.NotFoundException;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

/**
 * Reads documents and whole {@link DocumentVersion}s (classification included) within the caller's
 * handle; for this package and for the release gate. Stateless.
 */
public final class DocumentRepository {

    private DocumentRepository() {}

    /** The live (not deleted) document, or {@link NotFoundException}. */
    public static Document document(Handle handle, long documentId) {
        return handle.attach(DocumentDao.class)
                .find(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }

    /** The version of a live document, or {@link NotFoundException}. */
    public static DocumentVersion version(Handle handle, long versionId) {
        DocumentDao documents = handle.attach(DocumentDao.class);
        DocumentVersion version = documents
                .findVersion(versionId)
                .map(DocumentRepository::assemble)
                .orElseThrow(() -> new NotFoundException("document version", versionId));
        if (documents.find(version.documentId()).isEmpty()) {
            throw new NotFoundException("document version", versionId);
        }
        return version;
    }

    static List<DocumentVersion> versions(Handle handle, long documentId) {
        return handle.attach(DocumentDao.class).versions(documentId).stream()
                .map(DocumentRepository::assemble)
                .toList();
    }

    static List<DocumentVersion> newestOfGroup(Handle handle, long groupId) {
        return handle.attach(DocumentDao.class).newestOfGroup(groupId).stream()
                .map(DocumentRepository::assemble)
                .toList();
    }

    /** The stored bytes of a version's content. */
    public static byte[] content(Handle handle, DocumentVersion version) {
        Optional<byte[]> content = handle.attach(DocumentDao.class).content(version.contentSha256());
        return content.orElseThrow(() -> new IllegalStateException(
                "content " + version.contentSha256() + " of version " + version.id() + " is missing"));
    }

    private static DocumentVersion assemble(VersionRow row) {
        Classification classification = row.eccn() == null
                ? null
                : new Classification(
                        named(ItemKind.values(), ItemKind::jsonName, row.itemKind()),
                        row.eccn(),
                        row.forEccn(),
                        named(PublicStatus.values(), PublicStatus::jsonName, row.publicStatus()),
                        row.standardsOrganization() == null && !row.intendedForPublication() && !row.publishedStandard()
                                ? null
                                : new StandardsContext(
                                        row.standardsOrganization(),
                                        row.intendedForPublication(),
                                        row.publishedStandard()),
                        row.classifiedBy(),
                        row.classifiedAt());
        return new DocumentVersion(
                row.id(),
                row.documentId(),
                row.version(),
                row.language(),
                row.fileName(),
                row.mediaType(),
                row.size(),
                row.contentSha256(),
                row.uploadedBy(),
                row.uploadedAt(),
                classification);
    }

    private static <E> E named(E[] values, Function<E, String> name, String stored) {
        return Arrays.stream(values)
                .filter(value -> name.apply(value).equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown stored value '" + stored + "'"));
    }
}
