package org.parley.core.groups;

/** Something the group's charter sets out to achieve. Immutable. */
public record Goal(long id, long groupId, String title, String description) {}
