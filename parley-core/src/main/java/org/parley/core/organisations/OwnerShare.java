package org.parley.core.organisations;

/** An owner of a member organisation and its share in percent. Immutable. */
public record OwnerShare(String ownerName, double percent) {}
