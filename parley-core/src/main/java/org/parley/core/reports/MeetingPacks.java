package org.parley.core.reports;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.policy.PolicyAgendaService;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.system.Actor;
import org.parley.core.system.NotFoundException;

/**
 * The meeting pack as PDF: when and where, the agenda (caucus items only for their own side), the
 * policy updates put on it, the attendees per side and the documents released for the meeting.
 * Thread-safe.
 */
public final class MeetingPacks {

    private final Jdbi jdbi;

    public MeetingPacks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public byte[] pack(Actor actor, long meetingId) {
        return jdbi.withHandle(handle -> {
            Map<String, Object> meeting = handle.createQuery("SELECT group_id, title, starts_at_local, time_zone,"
                            + " duration_minutes, city, place, status FROM meetings WHERE id = :id")
                    .bind("id", meetingId)
                    .mapToMap()
                    .findOne()
                    .orElseThrow(() -> new NotFoundException("meeting", meetingId));
            Roles roles = Access.readable(handle, actor, ((Number) meeting.get("group_id")).longValue());
            PdfWriter pdf = new PdfWriter()
                    .heading("Meeting pack: " + meeting.get("title"))
                    .line(org.parley.core.system.WallClock.format(meeting.get("starts_at_local")) + " "
                            + meeting.get("time_zone")
                            + ", " + meeting.get("duration_minutes") + " minutes, " + meeting.get("place") + " "
                            + meeting.get("city") + " (" + meeting.get("status") + ")")
                    .gap()
                    .heading("Agenda");
            agenda(handle, meetingId, roles).forEach(pdf::line);
            pdf.gap().heading("Policy updates on the agenda");
            policyUpdates(handle, meetingId, roles).forEach(pdf::line);
            pdf.gap().heading("Attendees");
            attendees(handle, meetingId).forEach(pdf::line);
            pdf.gap().heading("Documents released for this meeting");
            documents(handle, meetingId).forEach(pdf::line);
            return pdf.finish();
        });
    }

    private static List<String> agenda(Handle handle, long meetingId, Roles roles) {
        return handle
                .createQuery("SELECT position, title, caucus_side_id FROM agenda_items WHERE meeting_id = :id"
                        + " ORDER BY position")
                .bind("id", meetingId)
                .mapToMap()
                .list()
                .stream()
                .filter(item -> item.get("caucus_side_id") == null
                        || showsCaucus(roles, ((Number) item.get("caucus_side_id")).longValue()))
                .map(item -> item.get("position") + ". " + item.get("title")
                        + (item.get("caucus_side_id") == null ? "" : " (caucus)"))
                .toList();
    }

    /** One line per update linked to a shown agenda item: its title in the authoritative language, jurisdiction, citation. */
    private static List<String> policyUpdates(Handle handle, long meetingId, Roles roles) {
        return PolicyAgendaService.onAgenda(handle, meetingId, side -> showsCaucus(roles, side)).stream()
                .map(linked -> {
                    PolicyUpdate update = linked.update();
                    return linked.position() + ". " + update.authoritativeText().title() + " (" + update.jurisdiction()
                            + (update.citation() == null ? "" : ", " + update.citation())
                            + (update.withdrawn() ? ", withdrawn" : "") + ")";
                })
                .toList();
    }

    /** Caucus items show to their own side, and to administrators who keep the records. */
    private static boolean showsCaucus(Roles roles, long sideId) {
        return roles.administrator() || roles.onSide(sideId);
    }

    private static List<String> attendees(Handle handle, long meetingId) {
        return handle.createQuery("SELECT s.name AS side, m.full_name, m.organisation, a.status FROM attendance a"
                        + " JOIN members m ON m.id = a.member_id JOIN sides s ON s.id = m.side_id"
                        + " WHERE a.meeting_id = :id ORDER BY s.name, m.full_name")
                .bind("id", meetingId)
                .map((rs, ctx) -> rs.getString("side") + ": " + rs.getString("full_name") + ", "
                        + rs.getString("organisation") + " (" + rs.getString("status") + ")")
                .list();
    }

    private static List<String> documents(Handle handle, long meetingId) {
        return handle.createQuery("SELECT DISTINCT document_title, version_number FROM release_ledger"
                        + " WHERE channel = 'MEETING' AND channel_ref = :id AND delivered"
                        + " ORDER BY document_title, version_number")
                .bind("id", meetingId)
                .map((rs, ctx) -> rs.getString("document_title") + ", version " + rs.getInt("version_number"))
                .list();
    }
}
