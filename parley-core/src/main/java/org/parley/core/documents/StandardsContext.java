package org.parley.core.documents;

/**
 * The standards activity a version belongs to, for the §734.10(b) analysis. Immutable.
 *
 * @param organization the standards body, e.g. IETF or 3GPP
 * @param intendedForPublication the resulting standard is meant to be published
 * @param publishedStandard the material concerns an already-published standard
 */
public record StandardsContext(String organization, boolean intendedForPublication, boolean publishedStandard) {}
