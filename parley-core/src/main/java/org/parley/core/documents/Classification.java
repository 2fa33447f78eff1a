package org.parley.core.documents;

import java.time.Instant;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

/**
 * The export classification of one document version: what the rules engine needs about the item.
 * Immutable.
 *
 * @param eccn an ECCN such as {@code 5E002} or {@code EAR99}, normalized
 * @param forEccn for technology or software: the item it is for, or null
 * @param standards the standards context, or null when the version is not standards material
 * @param classifiedBy user ID of the compliance officer or owner who classified it
 */
public record Classification(
        ItemKind itemKind,
        String eccn,
        String forEccn,
        PublicStatus publicStatus,
        StandardsContext standards,
        long classifiedBy,
        Instant classifiedAt) {}
