package org.parley.core.policy;

import java.util.List;

/**
 * A policy update drafted from one list's changes, offered to a group's members to review and post.
 *
 * @param memberMatches current members of the group who resemble a party the update adds
 */
public record DigestDraft(
        String listCode,
        int additions,
        int removals,
        int changes,
        NewPolicyUpdate draft,
        List<MemberMatch> memberMatches) {

    public DigestDraft {
        memberMatches = List.copyOf(memberMatches);
    }

    /**
     * A current member whose name or organisation resembles a party added to a list.
     *
     * @param screenedName the member's name or organisation, as screened
     */
    public record MemberMatch(
            long memberId, long sideId, String screenedName, String entryName, String entityNumber, double score) {}
}
