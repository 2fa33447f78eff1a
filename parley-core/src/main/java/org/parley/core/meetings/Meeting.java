package org.parley.core.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One meeting, stored with its own wall-clock start in the host's time zone so that it can move
 * without touching the rest of its series. Immutable.
 *
 * @param seriesId the series it was expanded from, or null for a one-off meeting
 * @param sequence its position in the series (0-based), or null
 * @param startsAtLocal the start as read on a clock at the venue
 * @param timeZone the venue's IANA zone ID
 * @param hostSideId the hosting side, or null for neutral ground
 */
public record Meeting(
        long id,
        long groupId,
        Long seriesId,
        Integer sequence,
        String title,
        LocalDateTime startsAtLocal,
        String timeZone,
        int durationMinutes,
        Long hostSideId,
        String city,
        String place,
        String link,
        MeetingStatus status) {

    /** The start as an instant (a wall-clock time skipped by a DST change moves forward). */
    public Instant startsAt() {
        return startsAtLocal.atZone(ZoneId.of(timeZone)).toInstant();
    }

    /** The start as seen by a viewer in {@code viewerZone}. */
    public ZonedDateTime startsAtIn(ZoneId viewerZone) {
        return startsAtLocal.atZone(ZoneId.of(timeZone)).withZoneSameInstant(viewerZone);
    }
}
