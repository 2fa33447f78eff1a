package org.parley.core.documents;

/**
 * The content of a new version as uploaded. The array is not copied: do not change it afterwards.
 *
 * @param fileName the name the uploader's system gave the file; folders are stripped
 * @param mediaType e.g. {@code application/pdf}; {@code application/octet-stream} when unknown
 */
public record Upload(String fileName, String mediaType, String language, byte[] content) {}
