package org.parley.core.documents;

/** A document to create; see {@link Document}. */
public record NewDocument(String title, Long ownerSideId, Visibility visibility) {}
