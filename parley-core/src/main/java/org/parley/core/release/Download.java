package org.parley.core.release;

/** A version's content handed to a recipient. The array is not copied: do not change it. */
public record Download(String fileName, String mediaType, byte[] content) {}
