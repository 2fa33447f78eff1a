package org.parley.core.meetings;

/**
 * Where a meeting takes place: the hosting side (null for neutral ground), the city and its time
 * zone, the room or address, and a video link (empty when in person only). Immutable.
 */
public record Venue(Long hostSideId, String city, String timeZone, String place, String link) {

    public Venue {
        place = place == null ? "" : place;
        link = link == null ? "" : link;
    }
}
