package org.parley.core.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.parley.core.access.Role;

/** SQL for members, their countries and substitutions. */
interface MemberDao {

    String COLUMNS = "id, group_id, side_id, user_id, full_name, organisation, email, preferred_language, time_zone,"
            + " role, status, created_at";

    /** A members row without the countries, which live in their own table. */
    record MemberRow(
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
            Instant createdAt) {}

    /** One nationality or permanent residency of a member. */
    record CountryRow(long memberId, String kind, String country) {}

    @SqlUpdate("INSERT INTO members (group_id, side_id, user_id, full_name, organisation, email, preferred_language,"
            + " time_zone, role, status, created_at) VALUES (:groupId, :m.sideId, :m.userId, :m.fullName,"
            + " :m.organisation, :m.email, :m.preferredLanguage, :m.timeZone, :m.role, :status, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("groupId") long groupId,
            @BindMethods("m") NewMember member,
            @Bind("status") MemberStatus status,
            @Bind("createdAt") Instant createdAt);

    @SqlUpdate("INSERT INTO member_countries (member_id, kind, country) VALUES (:memberId, :kind, :country)")
    void insertCountry(@Bind("memberId") long memberId, @Bind("kind") String kind, @Bind("country") String country);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE id = :id")
    Optional<MemberRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE id = :id FOR UPDATE")
    Optional<MemberRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE group_id = :groupId ORDER BY side_id, id")
    List<MemberRow> ofGroup(@Bind("groupId") long groupId);

    @SqlQuery("SELECT c.member_id, c.kind, c.country FROM member_countries c JOIN members m ON m.id = c.member_id"
            + " WHERE m.group_id = :groupId ORDER BY c.country")
    List<CountryRow> countriesOfGroup(@Bind("groupId") long groupId);

    @SqlQuery("SELECT member_id, kind, country FROM member_countries WHERE member_id = :memberId ORDER BY country")
    List<CountryRow> countriesOf(@Bind("memberId") long memberId);

    @SqlUpdate("UPDATE members SET status = :status WHERE id = :id")
    void updateStatus(@Bind("id") long id, @Bind("status") MemberStatus status);

    @SqlUpdate("UPDATE members SET role = :role WHERE id = :id")
    void updateRole(@Bind("id") long id, @Bind("role") Role role);

    @SqlUpdate("INSERT INTO substitutions (side_id, absent_member_id, alternate_member_id, starts_on, ends_on,"
            + " reason, recorded_at) VALUES (:sideId, :absent, :alternate, :startsOn, :endsOn, :reason, :recordedAt)")
    @GetGeneratedKeys("id")
    long insertSubstitution(
            @Bind("sideId") long sideId,
            @Bind("absent") long absentMemberId,
            @Bind("alternate") long alternateMemberId,
            @Bind("startsOn") LocalDate startsOn,
            @Bind("endsOn") LocalDate endsOn,
            @Bind("reason") String reason,
            @Bind("recordedAt") Instant recordedAt);

    @SqlQuery("SELECT id, side_id, absent_member_id, alternate_member_id, starts_on, ends_on, reason, recorded_at"
            + " FROM substitutions WHERE side_id = :sideId ORDER BY starts_on, id")
    List<Substitution> substitutions(@Bind("sideId") long sideId);
}
