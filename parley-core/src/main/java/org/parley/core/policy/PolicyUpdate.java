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
        List<String> tags) {

    public PolicyUpdate {
        texts = Map.copyOf(texts);
        tags = List.copyOf(tags);
    }

    /** The text in the authoritative language. */
    public PolicyText authoritativeText() {
        return texts.get(authoritativeLanguage);
    }
}
