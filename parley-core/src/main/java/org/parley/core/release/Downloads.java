package org.parley.core.release;

import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentRepository;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;

/**
 * Hands out version content only to people the ledger records as recipients of that version (and
 * to the person who uploaded it). Thread-safe.
 */
public final class Downloads {

    private final Jdbi jdbi;

    public Downloads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @throws ForbiddenException when no delivered release of this version to the actor is recorded
     * @throws NotFoundException when the version, or its document, does not exist or is not visible
     */
    public Download download(Actor actor, long versionId) {
        if (!(actor instanceof Actor.UserActor user)) {
            throw new ForbiddenException("only people download documents");
        }
        return jdbi.withHandle(handle -> {
            DocumentVersion version = DocumentRepository.version(handle, versionId);
            Document document = DocumentRepository.document(handle, version.documentId());
            if (!DocumentAccess.canSee(Access.rolesOf(handle, actor, document.groupId()), document)) {
                throw new NotFoundException("document version", versionId);
            }
            boolean released = version.uploadedBy() == user.userId()
                    || handle.attach(LedgerDao.class).deliveries(versionId, user.userId()) > 0;
            Access.require(
                    released,
                    "version " + version.version() + " of '" + document.title()
                            + "' has not been released to you (no release is recorded in the ledger)");
            return new Download(version.fileName(), version.mediaType(), DocumentRepository.content(handle, version));
        });
    }
}
