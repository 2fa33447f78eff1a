package org.parley.core.notify;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.parley.core.audit.AuditEvent;
import org.parley.core.calendar.CalendarFeeds;
import org.parley.core.policy.DigestAnnouncements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns audit events into notices: meetings scheduled or changed (with an .ics), minutes drafted,
 * messages with an acknowledgement deadline, screening holds, withheld releases, list digests. Other
 * events notify nobody. Stateless apart from the calendar writer.
 */
final class EventNotices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CalendarFeeds calendars;

    EventNotices(CalendarFeeds calendars) {
        this.calendars = calendars;
    }

    List<Notice> of(Handle handle, AuditEvent event) {
        long subject = event.subjectId().matches("\\d+") ? Long.parseLong(event.subjectId()) : -1;
        JsonNode details = JSON.readTree(event.details());
        return switch (event.action()) {
            case "meeting.scheduled" -> meeting(handle, subject, NotificationKind.MEETING_INVITATION);
            case "series.created" -> series(handle, subject);
            case "meeting.moved", "meeting.status-changed" ->
                meeting(handle, subject, NotificationKind.MEETING_CHANGED);
            case "minutes.drafted" -> minutes(handle, subject, details);
            case "message.sent" -> message(handle, subject, details);
            case "screening.hold" -> hold(handle, subject, details);
            case "release.withheld" -> withheld(handle, subject, event.actor());
            case DigestAnnouncements.ACTION -> ListDigestNotice.of(handle, subject, details);
            default -> List.of();
        };
    }

    private List<Notice> meeting(Handle handle, long meetingId, NotificationKind kind) {
        Map<String, Object> meeting = row(
                handle,
                "SELECT group_id, title, starts_at_local, time_zone, city, status" + " FROM meetings WHERE id = :id",
                meetingId);
        String method = "CANCELLED".equals(meeting.get("status")) ? "CANCEL" : "REQUEST";
        return List.of(new Notice(
                kind,
                Audience.members(handle, id(meeting, "group_id")),
                List.of(
                        meeting.get("title"),
                        org.parley.core.system.WallClock.format(meeting.get("starts_at_local")),
                        meeting.get("time_zone"),
                        meeting.get("city"),
                        meeting.get("status")),
                calendars.invitation(handle, meetingId, method)));
    }

    /** One invitation for a whole series, listing its meetings, with every meeting in the attachment. */
    private List<Notice> series(Handle handle, long seriesId) {
        List<Map<String, Object>> meetings = handle.createQuery("SELECT group_id, title, starts_at_local, time_zone,"
                        + " city FROM meetings WHERE series_id = :id ORDER BY starts_at_local")
                .bind("id", seriesId)
                .mapToMap()
                .list();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<String, Object> first = meetings.get(0);
        String dates = meetings.stream()
                .map(meeting -> org.parley.core.system.WallClock.format(meeting.get("starts_at_local")) + " ("
                        + meeting.get("time_zone") + ") " + meeting.get("city"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return List.of(new Notice(
                NotificationKind.MEETING_INVITATION,
                Audience.members(handle, id(first, "group_id")),
                List.of(first.get("title"), meetings.size(), dates),
                calendars.series(handle, seriesId),
                "SERIES_INVITATION"));
    }

    private static List<Notice> minutes(Handle handle, long meetingId, JsonNode details) {
        Map<String, Object> meeting = row(handle, "SELECT group_id, title FROM meetings WHERE id = :id", meetingId);
        return List.of(new Notice(
                NotificationKind.MINUTES_AWAITING_APPROVAL,
                Audience.leaders(handle, id(meeting, "group_id")),
                List.of(meeting.get("title"), details.path("revision").asString()),
                null));
    }

    private static List<Notice> message(Handle handle, long messageId, JsonNode details) {
        JsonNode deadline = details.path("acknowledgementDeadline");
        if (deadline.isNull() || deadline.isMissingNode()) {
            return List.of();
        }
        return List.of(new Notice(
                NotificationKind.ACKNOWLEDGEMENT_DEADLINE,
                Audience.receivingSides(
                        handle,
                        details.path("channelId").asLong(),
                        details.path("senderSideId").asLong()),
                List.of(details.path("subject").asString(), deadline.asString()),
                null));
    }

    private static List<Notice> hold(Handle handle, long memberId, JsonNode details) {
        Map<String, Object> member = row(handle, "SELECT group_id, full_name FROM members WHERE id = :id", memberId);
        return List.of(new Notice(
                NotificationKind.REVIEW_ASSIGNED,
                Audience.complianceOfficers(handle, id(member, "group_id")),
                List.of(member.get("full_name"), details.path("reviewId").asString()),
                null));
    }

    private static List<Notice> withheld(Handle handle, long ledgerId, String actor) {
        if (!actor.startsWith("user:")) {
            return List.of();
        }
        Map<String, Object> row = row(
                handle,
                "SELECT group_id, recipient_name, document_title, version_number,"
                        + " reason FROM release_ledger WHERE id = :id",
                ledgerId);
        return List.of(new Notice(
                NotificationKind.RELEASE_WITHHELD,
                Audience.user(handle, id(row, "group_id"), Long.parseLong(actor.substring("user:".length()))),
                List.of(
                        row.get("recipient_name"),
                        row.get("document_title"),
                        row.get("version_number"),
                        row.get("reason")),
                null));
    }

    static Map<String, Object> row(Handle handle, String sql, long id) {
        return handle.createQuery(sql).bind("id", id).mapToMap().one();
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
