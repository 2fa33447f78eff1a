package org.parley.core.policy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.parley.core.access.Access;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentRepository;
import org.parley.core.documents.Visibility;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.Instants;
import org.parley.core.system.ValidationException;

/**
 * Documents attached to policy updates. The posting side attaches its group's joint documents (a caucus
 * document would show its title to the other side); readers see the titles, and the content only through
 * the release gate. Thread-safe.
 */
public final class PolicyAttachments {
    private static final String SELECT = "SELECT a.update_id, a.document_id, d.title FROM policy_update_attachments a"
            + " JOIN documents d ON d.id = a.document_id";

    private static final RowMapper<PolicyAttachment> ROW = (rs, ctx) ->
            new PolicyAttachment(rs.getLong("update_id"), rs.getLong("document_id"), rs.getString("title"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public PolicyAttachments(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Attaches a joint document of the update's group; returns the update's attachments. */
    public List<PolicyAttachment> attach(Actor actor, long updateId, long documentId) {
        return jdbi.inTransaction(handle -> {
            PolicyUpdate update = PolicyUpdateService.ownSidesUpdate(handle, actor, updateId, "attach documents to");
            Document document = DocumentRepository.document(handle, documentId);
            if (document.groupId() != update.groupId() || document.deletedAt() != null) {
                throw ValidationException.of("documentId", "is not a document of this group");
            }
            if (document.visibility() != Visibility.JOINT) {
                throw ValidationException.of(
                        "documentId", "is a side's caucus document; only joint documents can be attached");
            }
            if (of(handle, updateId).stream().anyMatch(attached -> attached.documentId() == documentId)) {
                throw new ConflictException("document " + documentId + " is already attached");
            }
            handle.createUpdate("INSERT INTO policy_update_attachments (update_id, document_id, attached_by,"
                            + " attached_at) VALUES (:update, :document, :user, :now)")
                    .bind("update", updateId)
                    .bind("document", documentId)
                    .bind(
                            "user",
                            Access.rolesOf(handle, actor, update.groupId()).userId())
                    .bind("now", Instants.now(clock))
                    .execute();
            audit(handle, actor, "policy-update.attached", update, document);
            return of(handle, updateId);
        });
    }

    /** Removes an attachment; returns the update's attachments. */
    public List<PolicyAttachment> detach(Actor actor, long updateId, long documentId) {
        return jdbi.inTransaction(handle -> {
            PolicyUpdate update = PolicyUpdateService.ownSidesUpdate(handle, actor, updateId, "detach documents from");
            int removed = handle.execute(
                    "DELETE FROM policy_update_attachments WHERE update_id = ? AND document_id = ?",
                    updateId,
                    documentId);
            if (removed > 0) {
                audit(handle, actor, "policy-update.detached", update, DocumentRepository.document(handle, documentId));
            }
            return of(handle, updateId);
        });
    }

    /** The update's attachments, for anyone who may read the group. */
    public List<PolicyAttachment> attachments(Actor actor, long updateId) {
        return jdbi.withHandle(handle -> {
            PolicyUpdate update = PolicyUpdateRepository.load(handle, updateId);
            Access.readable(handle, actor, update.groupId());
            return of(handle, updateId);
        });
    }

    /** Every attachment of the group's updates, by update, for the feed. */
    public Map<Long, List<PolicyAttachment>> byUpdate(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return handle
                    .createQuery(SELECT + " JOIN policy_updates u ON u.id = a.update_id WHERE u.group_id = :group"
                            + " ORDER BY a.update_id, d.title")
                    .bind("group", groupId)
                    .map(ROW)
                    .stream()
                    .collect(Collectors.groupingBy(PolicyAttachment::updateId));
        });
    }

    private static List<PolicyAttachment> of(Handle handle, long updateId) {
        return handle.createQuery(SELECT + " WHERE a.update_id = :update ORDER BY d.title")
                .bind("update", updateId)
                .map(ROW)
                .list();
    }

    private void audit(Handle handle, Actor actor, String action, PolicyUpdate update, Document document) {
        audit.append(
                handle,
                actor,
                action,
                Subject.of("policy-update", update.id()),
                AuditLog.details("groupId", update.groupId(), "documentId", document.id(), "title", document.title()));
    }
}
