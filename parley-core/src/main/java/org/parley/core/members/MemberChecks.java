package org.parley.core.members;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.parley.core.system.FieldChecks;

/** Input rules for a new member, reported per field. Stateless. */
final class MemberChecks {

    private MemberChecks() {}

    static void check(NewMember member) {
        FieldChecks checks = new FieldChecks()
                .text("fullName", member.fullName(), 300)
                .text("organisation", member.organisation(), 300)
                .text("email", member.email(), 320)
                .check(
                        member.email() == null || member.email().matches("[^@\\s]+@[^@\\s]+"),
                        "email",
                        "is not an e-mail address")
                .check(
                        isLanguageTag(member.preferredLanguage()),
                        "preferredLanguage",
                        "is not a language tag such as en or zh-CN")
                .check(isZone(member.timeZone()), "timeZone", "is not a time zone such as Asia/Shanghai")
                .present("role", member.role())
                .notEmpty("nationalities", member.nationalities());
        countries(checks, "nationalities", member.nationalities());
        countries(checks, "permanentResidences", member.permanentResidences());
        checks.orThrow();
    }

    private static void countries(FieldChecks checks, String field, List<String> countries) {
        for (int i = 0; i < countries.size(); i++) {
            String country = countries.get(i);
            checks.check(
                    country != null && country.matches("[A-Z]{2}"),
                    field + "[" + i + "]",
                    "is not an ISO 3166 alpha-2 code such as CN");
        }
    }

    private static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            return !new Locale.Builder()
                    .setLanguageTag(tag)
                    .build()
                    .getLanguage()
                    .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
