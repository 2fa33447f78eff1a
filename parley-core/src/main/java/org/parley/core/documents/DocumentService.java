package org.parley.core.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * Documents and their versions: creation by a side, uploads, deletion (which keeps versions and the
 * release ledger) and export classification by a compliance officer or the owner. Reading content is
 * the release gate's business ({@code release.Downloads}). Every change is audited. Thread-safe.
 */
public final class DocumentService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Uploads uploads;

    /** @param maxUploadBytes the largest version content accepted */
    public DocumentService(Jdbi jdbi, Clock clock, AuditLog audit, long maxUploadBytes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.uploads = new Uploads(maxUploadBytes);
    }

    public Document create(Actor actor, long groupId, NewDocument document) {
        new FieldChecks()
                .text("title", document.title(), 300)
                .present("ownerSideId", document.ownerSideId())
                .present("visibility", document.visibility())
                .orThrow();
        long userId = userOf(actor);
        return jdbi.inTransaction(handle -> {
            Side side = handle.attach(GroupDao.class)
                    .findSide(document.ownerSideId())
                    .filter(found -> found.groupId() == groupId)
                    .orElseThrow(() -> ValidationException.of("ownerSideId", "is not a side of group " + groupId));
            Roles roles = Access.readable(handle, actor, groupId);
            Access.require(
                    roles.administrator() || roles.onSide(side.id()),
                    "only members of side " + side.name() + " create its documents");
            long id = handle.attach(DocumentDao.class).insert(groupId, document, userId, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "document.created",
                    Subject.of("document", id),
                    AuditLog.details(
                            "groupId",
                            groupId,
                            "title",
                            document.title(),
                            "ownerSideId",
                            side.id(),
                            "visibility",
                            document.visibility()));
            return DocumentRepository.document(handle, id);
        });
    }

    /**
     * Creates a document with its first version, classified, in one transaction: a refusal at any step
     * (a bad file, a classification the actor may not set) leaves no document behind.
     */
    public DocumentVersion createClassified(
            Actor actor, long groupId, NewDocument document, Upload upload, NewClassification classification) {
        ClassificationChecks.check(classification);
        uploads.check(upload);
        // The nested calls join this transaction: JDBI reuses the thread's open handle.
        return jdbi.inTransaction(handle -> {
            Document created = create(actor, groupId, document);
            DocumentVersion version = addVersion(actor, created.id(), upload);
            return classify(actor, version.id(), classification);
        });
    }

    /** Adds a version and classifies it in one transaction. */
    public DocumentVersion addClassifiedVersion(
            Actor actor, long documentId, Upload upload, NewClassification classification) {
        ClassificationChecks.check(classification);
        return jdbi.inTransaction(handle -> {
            DocumentVersion version = addVersion(actor, documentId, upload);
            return classify(actor, version.id(), classification);
        });
    }

    /** Stores a new version; it starts unclassified and so cannot be released yet. */
    public DocumentVersion addVersion(Actor actor, long documentId, Upload upload) {
        Uploads.Checked checked = uploads.check(upload);
        long userId = userOf(actor);
        return jdbi.inTransaction(handle -> {
            DocumentDao documents = handle.attach(DocumentDao.class);
            Document document =
                    documents.lock(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
            Access.require(
                    DocumentAccess.canManage(Access.rolesOf(handle, actor, document.groupId()), document),
                    "only the owning side's members add versions of document " + documentId);
            if (documents.contentCount(checked.sha256()) == 0) {
                documents.insertContent(checked.sha256(), upload.content().length, upload.content());
            }
            int number = documents.lastVersion(documentId) + 1;
            Instant now = Instants.now(clock);
            long id = documents.insertVersion(
                    documentId,
                    number,
                    checked.language(),
                    checked.fileName(),
                    checked.mediaType(),
                    upload.content().length,
                    checked.sha256(),
                    userId,
                    now);
            audit.append(
                    handle,
                    actor,
                    "document.version-added",
                    Subject.of("document", documentId),
                    AuditLog.details(
                            "versionId",
                            id,
                            "version",
                            number,
                            "sha256",
                            checked.sha256(),
                            "size",
                            upload.content().length));
            return DocumentRepository.version(handle, id);
        });
    }

    /** Sets (or replaces) a version's export classification. */
    public DocumentVersion classify(Actor actor, long versionId, NewClassification entered) {
        ClassificationChecks.Checked checked = ClassificationChecks.check(entered);
        long userId = userOf(actor);
        return jdbi.inTransaction(handle -> {
            DocumentVersion version = DocumentRepository.version(handle, versionId);
            Document document = DocumentRepository.document(handle, version.documentId());
            Access.require(
                    DocumentAccess.canClassify(Access.rolesOf(handle, actor, document.groupId()), document),
                    "only the group's compliance officers and the document's owner classify it");
            StandardsContext standards = checked.standards();
            DocumentDao documents = handle.attach(DocumentDao.class);
            documents.deleteClassification(versionId);
            documents.insertClassification(
                    versionId,
                    checked.itemKind().jsonName(),
                    checked.eccn().toString(),
                    checked.forEccn() == null ? null : checked.forEccn().toString(),
                    checked.publicStatus().jsonName(),
                    standards == null ? null : standards.organization(),
                    standards != null && standards.intendedForPublication(),
                    standards != null && standards.publishedStandard(),
                    userId,
                    Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "document.classified",
                    Subject.of("document", document.id()),
                    AuditLog.details(
                            "versionId",
                            versionId,
                            "previous",
                            version.classified() ? version.classification().eccn() : null,
                            "eccn",
                            checked.eccn().toString(),
                            "publicStatus",
                            checked.publicStatus().jsonName()));
            return DocumentRepository.version(handle, versionId);
        });
    }

    /** Marks the document deleted; its versions and every release ledger row about it are kept. */
    public void delete(Actor actor, long documentId, String reason) {
        new FieldChecks().text("reason", reason, 2000).orThrow();
        jdbi.useTransaction(handle -> {
            DocumentDao documents = handle.attach(DocumentDao.class);
            Document document =
                    documents.lock(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
            Access.require(
                    DocumentAccess.canManage(Access.rolesOf(handle, actor, document.groupId()), document),
                    "only the owning side's members delete document " + documentId);
            documents.markDeleted(documentId, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "document.deleted",
                    Subject.of("document", documentId),
                    AuditLog.details("reason", reason));
        });
    }

    /** The group's documents the actor may see. */
    public List<Document> documents(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Roles roles = Access.readable(handle, actor, groupId);
            return handle.attach(DocumentDao.class).ofGroup(groupId).stream()
                    .filter(document -> DocumentAccess.canSee(roles, document))
                    .toList();
        });
    }

    /**
     * The newest version of each document in the group that the actor may see, by document id: one
     * query for a whole documents list, where asking {@link #versions} per document took one each.
     */
    public Map<Long, DocumentVersion> newestVersions(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Roles roles = Access.readable(handle, actor, groupId);
            Set<Long> visible = handle.attach(DocumentDao.class).ofGroup(groupId).stream()
                    .filter(document -> DocumentAccess.canSee(roles, document))
                    .map(Document::id)
                    .collect(Collectors.toSet());
            return DocumentRepository.newestOfGroup(handle, groupId).stream()
                    .filter(version -> visible.contains(version.documentId()))
                    .collect(Collectors.toMap(DocumentVersion::documentId, version -> version));
        });
    }

    public Document document(Actor actor, long documentId) {
        return jdbi.withHandle(handle -> visible(handle, actor, documentId));
    }

    public List<DocumentVersion> versions(Actor actor, long documentId) {
        return jdbi.withHandle(handle -> {
            visible(handle, actor, documentId);
            return DocumentRepository.versions(handle, documentId);
        });
    }

    public DocumentVersion version(Actor actor, long versionId) {
        return jdbi.withHandle(handle -> {
            DocumentVersion version = DocumentRepository.version(handle, versionId);
            visible(handle, actor, version.documentId());
            return version;
        });
    }

    /** The document if the actor may see it; to others it does not exist. */
    private static Document visible(Handle handle, Actor actor, long documentId) {
        Document document = DocumentRepository.document(handle, documentId);
        if (!DocumentAccess.canSee(Access.rolesOf(handle, actor, document.groupId()), document)) {
            throw new NotFoundException("document", documentId);
        }
        return document;
    }

    private static long userOf(Actor actor) {
        if (!(actor instanceof Actor.UserActor user)) {
            throw new IllegalArgumentException("documents are handled by people, not by " + actor.label());
        }
        return user.userId();
    }
}
