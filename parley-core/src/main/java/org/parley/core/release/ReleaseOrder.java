package org.parley.core.release;

/**
 * A request to release one document version.
 *
 * @param licenceNumber a BIS licence under which recipients needing a licence may receive it, or null
 * @param conditionsMet the releaser confirms that the determination's conditions (e.g. a UVL
 *     statement obtained) are met for every recipient they apply to
 * @param releaseCountry where the release happens (alpha-2), overriding the default (see
 *     docs/release.md); null for the default
 */
public record ReleaseOrder(
        long versionId, ReleaseTarget target, String licenceNumber, boolean conditionsMet, String releaseCountry) {}
