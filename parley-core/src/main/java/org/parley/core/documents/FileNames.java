package org.parley.core.documents;

import org.parley.core.system.ValidationException;

/**
 * Makes uploaded file names safe to show and to offer as a download name: the last path segment only,
 * no control characters, at most 255 characters. The name is never used as a path on disk. Stateless.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    static String safe(String uploaded) {
        if (uploaded == null) {
            throw ValidationException.of("fileName", "is required");
        }
        String lastSegment = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        String cleaned = lastSegment
                .replaceAll("[\\p{Cntrl}\"]", "")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (cleaned.isEmpty()) {
            throw ValidationException.of("fileName", "'" + uploaded + "' has no usable file name");
        }
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.length() - MAX_LENGTH);
    }
}
