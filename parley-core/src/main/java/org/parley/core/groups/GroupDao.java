package org.parley.core.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for groups, sides, goals and milestones. */
public interface GroupDao {

    @SqlUpdate("INSERT INTO working_groups (name, charter, created_at) VALUES (:name, :charter, :createdAt)")
    @GetGeneratedKeys("id")
    long insertGroup(@Bind("name") String name, @Bind("charter") String charter, @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT id, name, charter, created_at FROM working_groups WHERE id = :id")
    Optional<Group> findGroup(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM working_groups WHERE name = :name")
    int countGroupsNamed(@Bind("name") String name);

    @SqlQuery("SELECT DISTINCT g.id, g.name, g.charter, g.created_at FROM working_groups g"
            + " JOIN members m ON m.group_id = g.id WHERE m.user_id = :userId AND m.status = 'ACTIVE' ORDER BY g.name")
    List<Group> groupsOfUser(@Bind("userId") long userId);

    @SqlQuery("SELECT id, name, charter, created_at FROM working_groups ORDER BY name")
    List<Group> allGroups();

    @SqlUpdate("UPDATE working_groups SET charter = :charter WHERE id = :id")
    void updateCharter(@Bind("id") long id, @Bind("charter") String charter);

    @SqlUpdate("INSERT INTO sides (group_id, name, member_cap) VALUES (:groupId, :name, :memberCap)")
    @GetGeneratedKeys("id")
    long insertSide(@Bind("groupId") long groupId, @Bind("name") String name, @Bind("memberCap") int memberCap);

    @SqlQuery("SELECT id, group_id, name, member_cap, head_member_id FROM sides WHERE group_id = :groupId ORDER BY id")
    List<Side> sides(@Bind("groupId") long groupId);

    @SqlQuery("SELECT id, group_id, name, member_cap, head_member_id FROM sides WHERE id = :id")
    Optional<Side> findSide(@Bind("id") long id);

    /** The side, row-locked until the transaction ends: serializes seat counting against the cap. */
    @SqlQuery("SELECT id, group_id, name, member_cap, head_member_id FROM sides WHERE id = :id FOR UPDATE")
    Optional<Side> lockSide(@Bind("id") long id);

    @SqlUpdate("UPDATE sides SET member_cap = :cap WHERE id = :id")
    void updateCap(@Bind("id") long id, @Bind("cap") int cap);

    @SqlUpdate("UPDATE sides SET head_member_id = :memberId WHERE id = :id")
    void updateHead(@Bind("id") long id, @Bind("memberId") Long memberId);

    @SqlUpdate("INSERT INTO goals (group_id, title, description) VALUES (:groupId, :title, :description)")
    @GetGeneratedKeys("id")
    long insertGoal(
            @Bind("groupId") long groupId, @Bind("title") String title, @Bind("description") String description);

    @SqlQuery("SELECT id, group_id, title, description FROM goals WHERE group_id = :groupId ORDER BY id")
    List<Goal> goals(@Bind("groupId") long groupId);

    @SqlUpdate("INSERT INTO milestones (group_id, goal_id, title, due_date, status)"
            + " VALUES (:groupId, :goalId, :title, :dueDate, 'PLANNED')")
    @GetGeneratedKeys("id")
    long insertMilestone(
            @Bind("groupId") long groupId,
            @Bind("goalId") Long goalId,
            @Bind("title") String title,
            @Bind("dueDate") LocalDate dueDate);

    @SqlQuery("SELECT id, group_id, goal_id, title, due_date, status FROM milestones WHERE group_id = :groupId"
            + " ORDER BY due_date, id")
    List<Milestone> milestones(@Bind("groupId") long groupId);

    @SqlQuery("SELECT id, group_id, goal_id, title, due_date, status FROM milestones WHERE id = :id")
    Optional<Milestone> findMilestone(@Bind("id") long id);

    @SqlUpdate("UPDATE milestones SET status = :status WHERE id = :id")
    void updateMilestoneStatus(@Bind("id") long id, @Bind("status") MilestoneStatus status);

    /** Seated members (co-chairs and experts) that hold or reserve a seat: active or on hold. */
    @SqlQuery("SELECT COUNT(*) FROM members WHERE side_id = :sideId AND role IN ('CO_CHAIR', 'EXPERT')"
            + " AND status IN ('ACTIVE', 'ON_HOLD')")
    int seatsTaken(@Bind("sideId") long sideId);
}
