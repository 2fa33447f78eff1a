package org.parley.core.release;

import com.ibm.icu.util.TimeZone;
import org.parley.core.members.Member;

/**
 * Where a member or a meeting is: the country of its IANA time zone (Asia/Shanghai → CN,
 * America/New_York → US). Members are recorded with the zone they work in, meetings with the zone of
 * their venue, so the zone is the one location both records reliably hold. For zones that name no
 * country (UTC, Etc/GMT+5) a member falls back to their first permanent residence, then nationality.
 * Stateless.
 */
final class MemberCountries {

    private static final String NO_REGION = "001";

    private MemberCountries() {}

    static String of(Member member) {
        String region = regionOf(member.timeZone());
        if (region != null) {
            return region;
        }
        if (!member.permanentResidences().isEmpty()) {
            return member.permanentResidences().get(0);
        }
        return member.nationalities().get(0);
    }

    /** The country of a zone, or null when it names none. */
    static String regionOf(String zone) {
        try {
            String region = TimeZone.getRegion(zone);
            return NO_REGION.equals(region) ? null : region;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
