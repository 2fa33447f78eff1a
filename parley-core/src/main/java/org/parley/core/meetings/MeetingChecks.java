package org.parley.core.meetings;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.jdbi.v3.core.Handle;
import org.parley.core.groups.GroupDao;
import org.parley.core.system.FieldChecks;

/** Input rules shared by one-off meetings and series. Stateless. */
final class MeetingChecks {

    private MeetingChecks() {}

    static FieldChecks venue(FieldChecks checks, String field, Venue venue) {
        if (venue == null) {
            return checks.fail(field, "is required");
        }
        return checks.text(field + ".city", venue.city(), 200)
                .check(isZone(venue.timeZone()), field + ".timeZone", "is not a time zone such as Asia/Shanghai")
                .optionalText(field + ".place", venue.place(), 500)
                .optionalText(field + ".link", venue.link(), 1000);
    }

    static FieldChecks duration(FieldChecks checks, int minutes) {
        return checks.check(minutes > 0 && minutes <= 24 * 60 * 5, "durationMinutes", "must be between 1 and 7200");
    }

    /** Whether the venue's host side (if any) belongs to the group. */
    static boolean hostBelongsTo(Handle handle, Venue venue, long groupId) {
        return venue.hostSideId() == null
                || handle.attach(GroupDao.class)
                        .findSide(venue.hostSideId())
                        .filter(side -> side.groupId() == groupId)
                        .isPresent();
    }

    private static boolean isZone(String zone) {
        try {
            return zone != null && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
