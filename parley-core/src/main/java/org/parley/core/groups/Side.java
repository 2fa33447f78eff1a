package org.parley.core.groups;

/**
 * A delegation within a group.
 *
 * @param memberCap the most seated members (co-chairs and experts) the side may have
 * @param headMemberId the member heading the delegation, or null while none is appointed
 */
public record Side(long id, long groupId, String name, int memberCap, Long headMemberId) {}
