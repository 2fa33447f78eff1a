package org.parley.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member posts as a policy update. Documents attached to an update are to go through the
 * release gate, which does not exist yet: updates carry no attachments for now. Immutable.
 *
 * @param texts title and summary by language tag (e.g. en, zh)
 * @param authoritativeLanguage the language whose text prevails; one of {@code texts}
 * @param jurisdiction ISO 3166 alpha-2 code of the issuing country, or EU / UN
 * @param issuingBody e.g. BIS, OFAC, MOFCOM, METI
 * @param effectiveOn null when the instrument states no effective date (guidance, FAQ)
 * @param citation e.g. "90 FR 12345" or "MOFCOM Announcement No. 1 of 2025"
 * @param sourceUrl the official publication (http or https)
 * @param sideId the side the update is posted for; may be null when the poster sits on one side only
 */
public record NewPolicyUpdate(
        Map<String, PolicyText> texts,
        String authoritativeLanguage,
        String jurisdiction,
        String issuingBody,
        InstrumentType instrumentType,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        String citation,
        String sourceUrl,
        List<String> tags,
        Long sideId) {

    public NewPolicyUpdate {
        // Not Map.copyOf / List.copyOf: a null inside must reach the field checks, not throw here.
        texts = texts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    }
}
