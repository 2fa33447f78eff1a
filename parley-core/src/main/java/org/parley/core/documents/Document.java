package org.parley.core.documents;

import java.time.Instant;

/**
 * A document of a group, owned by one side. Its content lives in {@link DocumentVersion}s. Immutable.
 *
 * @param createdBy user ID of the owner who created it
 * @param deletedAt when it was deleted (its versions and release ledger stay), or null
 */
public record Document(
        long id,
        long groupId,
        String title,
        long ownerSideId,
        Visibility visibility,
        long createdBy,
        Instant createdAt,
        Instant deletedAt) {}
