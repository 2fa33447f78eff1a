package org.parley.core.groups;

import java.time.LocalDate;

/** A dated step towards a goal (or the group's work in general when goalId is null). Immutable. */
public record Milestone(long id, long groupId, Long goalId, String title, LocalDate dueDate, MilestoneStatus status) {}
