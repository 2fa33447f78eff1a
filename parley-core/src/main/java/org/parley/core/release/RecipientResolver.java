package org.parley.core.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.parley.core.members.Member;
import org.parley.core.members.MemberService;
import org.parley.core.members.MemberStatus;
import org.parley.core.system.ConflictException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;

/**
 * Turns a {@link ReleaseTarget} into recipients with the country each release happens in: the
 * recipient's own country for electronic sharing and remote attendance, the meeting's country for a
 * meeting attended in person (or before attendance is taken). Held members are included so that the
 * releaser sees why they are withheld; blocked and removed members are never recipients. Stateless.
 */
final class RecipientResolver {

    private static final String CURRENT = "('ACTIVE', 'ON_HOLD')";

    private RecipientResolver() {}

    static List<Recipient> resolve(Handle handle, long groupId, ReleaseTarget target) {
        List<Recipient> recipients = switch (target) {
            case ReleaseTarget.Group group -> own(handle, ids(handle, "group_id = :ref", groupId));
            case ReleaseTarget.Side side -> own(handle, ids(handle, "side_id = :ref", sideOf(handle, groupId, side)));
            case ReleaseTarget.Meeting meeting -> attendees(handle, groupId, meeting.meetingId());
            case ReleaseTarget.People people -> named(handle, groupId, people.memberIds());
        };
        if (recipients.isEmpty()) {
            throw new ConflictException(
                    "nobody to release to: " + target.channel().toLowerCase() + " has no members");
        }
        return recipients;
    }

    private static long sideOf(Handle handle, long groupId, ReleaseTarget.Side side) {
        Optional<Long> group = handle.createQuery("SELECT group_id FROM sides WHERE id = :id")
                .bind("id", side.sideId())
                .mapTo(Long.class)
                .findOne();
        if (group.isEmpty() || group.get() != groupId) {
            throw ValidationException.of("target.sideId", "is not a side of group " + groupId);
        }
        return side.sideId();
    }

    private static List<Long> ids(Handle handle, String where, long reference) {
        return handle.createQuery(
                        "SELECT id FROM members WHERE " + where + " AND status IN " + CURRENT + " ORDER BY id")
                .bind("ref", reference)
                .mapTo(Long.class)
                .list();
    }

    private static List<Recipient> own(Handle handle, List<Long> memberIds) {
        List<Recipient> recipients = new ArrayList<>();
        for (long id : memberIds) {
            Member member = MemberService.existing(handle, id);
            recipients.add(new Recipient(member, MemberCountries.of(member)));
        }
        return recipients;
    }

    private static List<Recipient> attendees(Handle handle, long groupId, long meetingId) {
        Map<String, Object> meeting = handle.createQuery("SELECT group_id, time_zone FROM meetings WHERE id = :id")
                .bind("id", meetingId)
                .mapToMap()
                .findOne()
                .filter(row -> ((Number) row.get("group_id")).longValue() == groupId)
                .orElseThrow(() -> ValidationException.of("target.meetingId", "is not a meeting of group " + groupId));
        String meetingCountry = MemberCountries.regionOf((String) meeting.get("time_zone"));
        List<Map<String, Object>> attendance = handle.createQuery(
                        "SELECT a.member_id, a.status FROM attendance a JOIN members m ON m.id = a.member_id"
                                + " WHERE a.meeting_id = :id AND m.status IN " + CURRENT + " ORDER BY a.member_id")
                .bind("id", meetingId)
                .mapToMap()
                .list();
        List<Recipient> recipients = new ArrayList<>();
        if (attendance.isEmpty()) {
            for (long id : ids(handle, "group_id = :ref", groupId)) {
                recipients.add(at(MemberService.existing(handle, id), meetingCountry));
            }
            return recipients;
        }
        for (Map<String, Object> row : attendance) {
            Member member = MemberService.existing(handle, ((Number) row.get("member_id")).longValue());
            switch ((String) row.get("status")) {
                case "IN_PERSON" -> recipients.add(at(member, meetingCountry));
                case "REMOTE" -> recipients.add(new Recipient(member, MemberCountries.of(member)));
                default -> {
                    // Excused or absent: not an attendee.
                }
            }
        }
        return recipients;
    }

    private static Recipient at(Member member, String meetingCountry) {
        return new Recipient(member, meetingCountry == null ? MemberCountries.of(member) : meetingCountry);
    }

    private static List<Recipient> named(Handle handle, long groupId, List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            throw ValidationException.of("target.memberIds", "needs at least one member");
        }
        List<Recipient> recipients = new ArrayList<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(memberIds));
        for (int i = 0; i < distinct.size(); i++) {
            String field = "target.memberIds[" + i + "]";
            Member member;
            try {
                member = MemberService.existing(handle, distinct.get(i));
            } catch (NotFoundException e) {
                throw ValidationException.of(field, "unknown recipient: no member " + distinct.get(i));
            }
            if (member.groupId() != groupId) {
                throw ValidationException.of(
                        field, "unknown recipient: member " + member.id() + " is not in this group");
            }
            if (member.status() == MemberStatus.REMOVED) {
                throw ValidationException.of(field, member.fullName() + " was removed from the group");
            }
            recipients.add(new Recipient(member, MemberCountries.of(member)));
        }
        return recipients;
    }
}
