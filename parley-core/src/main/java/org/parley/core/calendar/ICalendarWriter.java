package org.parley.core.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.parley.core.meetings.Meeting;
import org.parley.core.meetings.MeetingStatus;

/**
 * Writes meetings as an RFC 5545 calendar: one VEVENT per meeting with a stable UID, its SEQUENCE,
 * start and end in the host's zone, and a VTIMEZONE for every zone used. Thread-safe.
 */
public final class ICalendarWriter {

    static final String PRODUCT = "-//Parley//Working group meetings//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final String uidDomain;

    /** @param uidDomain the installation's domain, the right-hand side of every UID */
    public ICalendarWriter(String uidDomain) {
        this.uidDomain = uidDomain;
    }

    /** The stable UID of a meeting's event: it never changes when the meeting moves. */
    public String uid(Meeting meeting) {
        return "meeting-" + meeting.id() + "@" + uidDomain;
    }

    /** A feed (no METHOD) or, with a method such as REQUEST, an invitation. */
    public String write(List<CalendarEntry> entries, String method, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(new Method(method));
        }
        Set<String> zoneIds = new LinkedHashSet<>();
        entries.forEach(entry -> zoneIds.add(entry.meeting().timeZone()));
        for (String zone : zoneIds) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        entries.forEach(entry -> calendar.add(event(entry, stamp)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry entry, Instant stamp) {
        Meeting meeting = entry.meeting();
        ZonedDateTime start = meeting.startsAtLocal().atZone(ZoneId.of(meeting.timeZone()));
        VEvent event = new VEvent(start, start.plusMinutes(meeting.durationMinutes()), meeting.title());
        event.add(new Uid(uid(meeting)))
                .add(new DtStamp(stamp))
                .add(new Sequence(entry.sequence()))
                .add(new Location(location(meeting)))
                .add(
                        meeting.status() == MeetingStatus.CANCELLED
                                ? new Status(Status.VALUE_CANCELLED)
                                : new Status(Status.VALUE_CONFIRMED));
        if (!meeting.link().isEmpty()) {
            event.add(new Description("Join: " + meeting.link()));
        }
        return event;
    }

    private static String location(Meeting meeting) {
        return meeting.place().isEmpty() ? meeting.city() : meeting.place() + ", " + meeting.city();
    }
}
