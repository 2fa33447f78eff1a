package org.parley.core.members;

import java.time.Instant;
import java.util.List;
import org.parley.core.access.Role;

/**
 * A person's membership of one side of a group. Immutable.
 *
 * @param userId the account the person signs in with, or null if they have none
 * @param timeZone IANA zone ID, e.g. {@code Asia/Shanghai}
 * @param nationalities ISO alpha-2 codes
 * @param permanentResidences ISO alpha-2 codes of countries where the person holds permanent residency
 */
public record Member(
        long id,
        long groupId,
        long sideId,
        Long userId,
        String fullName,
        String organisation,
        String email,
        String preferredLanguage,
        String timeZone,
        Role role,
        MemberStatus status,
        Instant createdAt,
        List<String> nationalities,
        List<String> permanentResidences) {

    public Member {
        nationalities = List.copyOf(nationalities);
        permanentResidences = List.copyOf(permanentResidences);
    }
}
