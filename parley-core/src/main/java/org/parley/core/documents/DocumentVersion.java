package org.parley.core.documents;

import java.time.Instant;

/**
 * One uploaded version of a document. Immutable.
 *
 * @param version 1, 2, … within the document
 * @param language the version's language tag, e.g. {@code en} or {@code zh}
 * @param fileName the uploaded file's name, made safe (no folders)
 * @param contentSha256 SHA-256 of the content, hex
 * @param classification the export classification, or null while unclassified (not releasable)
 */
public record DocumentVersion(
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
        Classification classification) {

    public boolean classified() {
        return classification != null;
    }
}
