package org.parley.core.proposals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A proposal with its current version's texts and the sides that endorsed that version. Immutable.
 *
 * @param texts the current version's body per language tag
 * @param authoritativeLanguage the language whose text prevails if the versions differ
 */
public record Proposal(
        long id,
        long groupId,
        String title,
        ProposalStatus status,
        String authoritativeLanguage,
        int currentVersion,
        long createdBy,
        Instant createdAt,
        Instant closedAt,
        Map<String, String> texts,
        Set<Long> endorsedBySides) {

    public Proposal {
        texts = Map.copyOf(texts);
        endorsedBySides = Set.copyOf(endorsedBySides);
    }

    public String authoritativeText() {
        return texts.get(authoritativeLanguage);
    }
}
