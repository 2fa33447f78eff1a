package org.parley.core.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A policy update as posted to a group. Immutable.
 *
 * @param sideId the side that posted it
 * @param postedBy the poster's user id
 * @param texts title and summary by language tag
 * @param authoritativeLanguage the language whose text prevails
 * @param tags lower-case, sorted
 * @param editedAt when the posting side last corrected it, or null
 * @param withdrawnAt when the posting side withdrew it, or null while it stands
 * @param withdrawalReason why it was withdrawn, or null
 */
public record PolicyUpdate(
        long id,
        long groupId,
        long sideId,
        long postedBy,
        Instant postedAt,
        String jurisdiction,
        String issuingBody,
        InstrumentType instrumentType,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        String citation,
        String sourceUrl,
        String authoritativeLanguage,
        Map<String, PolicyText> texts,
        List<String> tags,
        Instant editedAt,
        Instant withdrawnAt,
        String withdrawalReason) {

    public PolicyUpdate {
        texts = Map.copyOf(texts);
        tags = List.copyOf(tags);
    }

    /** The text in the authoritative language. */
    public PolicyText authoritativeText() {
        return texts.get(authoritativeLanguage);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
