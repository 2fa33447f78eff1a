package org.parley.core.members;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;

/** Opens a screening review for a member with possible matches, within the caller's transaction. Stateless. */
final class ScreeningHold {

    private ScreeningHold() {}

    static long open(Handle handle, AuditLog audit, Actor actor, Member member, ScreeningOutcome outcome, Instant now) {
        ScreeningDao reviews = handle.attach(ScreeningDao.class);
        long reviewId =
                reviews.insertReview(member.id(), member.groupId(), outcome.snapshotHash(), outcome.listsAsOf(), now);
        outcome.matches().forEach(match -> reviews.insertMatch(reviewId, match));
        handle.attach(MemberDao.class).updateStatus(member.id(), MemberStatus.ON_HOLD);
        audit.append(
                handle,
                actor,
                "screening.hold",
                Subject.of("member", member.id()),
                AuditLog.details(
                        "reviewId", reviewId,
                        "snapshotHash", outcome.snapshotHash(),
                        "matches",
                                outcome.matches().stream()
                                        .map(match -> match.listCode() + ":" + match.entryId())
                                        .toList()));
        return reviewId;
    }
}
