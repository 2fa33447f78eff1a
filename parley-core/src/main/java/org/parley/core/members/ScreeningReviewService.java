package org.parley.core.members;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.members.ScreeningDao.ReviewRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;
import org.parley.core.system.NotFoundException;

/**
 * Compliance officers' decisions on held memberships, and re-screening of active members (e.g. after
 * a list update). A dismissal is remembered per member, screened name and list entry while the entry's
 * content is unchanged. Thread-safe.
 */
public final class ScreeningReviewService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final MemberScreening screening;

    public ScreeningReviewService(Jdbi jdbi, Clock clock, AuditLog audit, MemberScreening screening) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.screening = screening;
    }

    /** Open reviews of the group; only its compliance officers may see them. */
    public List<ScreeningReview> openReviews(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            requireComplianceOfficer(Access.rolesOf(handle, actor, groupId));
            ScreeningDao reviews = handle.attach(ScreeningDao.class);
            return reviews.openReviews(groupId).stream()
                    .map(row -> assemble(row, reviews))
                    .toList();
        });
    }

    public ScreeningReview review(Actor actor, long reviewId) {
        return jdbi.withHandle(handle -> {
            ScreeningDao reviews = handle.attach(ScreeningDao.class);
            ReviewRow row = reviews.findReview(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
            requireComplianceOfficer(Access.rolesOf(handle, actor, row.groupId()));
            return assemble(row, reviews);
        });
    }

    /** The member is the listed party: the membership is blocked and its seat freed. */
    public ScreeningReview confirm(Actor actor, long reviewId, String reason) {
        new FieldChecks().optionalText("reason", reason, 2000).orThrow();
        return resolve(actor, reviewId, ReviewStatus.CONFIRMED, reason, MemberStatus.BLOCKED);
    }

    /** The matches are other parties: the membership becomes active and the dismissal is remembered. */
    public ScreeningReview dismiss(Actor actor, long reviewId, String reason) {
        new FieldChecks().text("reason", reason, 2000).orThrow();
        return resolve(actor, reviewId, ReviewStatus.DISMISSED, reason, MemberStatus.ACTIVE);
    }

    private ScreeningReview resolve(
            Actor actor, long reviewId, ReviewStatus decision, String reason, MemberStatus memberStatus) {
        return jdbi.inTransaction(handle -> {
            ScreeningDao reviews = handle.attach(ScreeningDao.class);
            ReviewRow row = reviews.lockReview(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
            Member member = MemberService.existing(handle, row.memberId());
            long officer = requireComplianceOfficer(Access.rolesOf(handle, actor, row.groupId()));
            Access.require(
                    !Long.valueOf(officer).equals(member.userId()),
                    "nobody may resolve the review of their own membership");
            if (row.status() != ReviewStatus.OPEN) {
                throw new ConflictException("review " + reviewId + " is already " + row.status());
            }
            reviews.resolve(reviewId, decision, officer, Instants.now(clock), reason);
            if (decision == ReviewStatus.DISMISSED) {
                reviews.matches(reviewId).stream()
                        .map(ScreeningOutcome.DismissalKey::of)
                        .distinct()
                        .forEach(key -> reviews.insertDismissal(row.memberId(), key, reviewId));
            }
            if (member.status() == MemberStatus.ON_HOLD) {
                handle.attach(MemberDao.class).updateStatus(member.id(), memberStatus);
            }
            audit.append(
                    handle,
                    actor,
                    "screening." + decision.name().toLowerCase(Locale.ROOT),
                    Subject.of("member", member.id()),
                    AuditLog.details("reviewId", reviewId, "reason", reason));
            return assemble(reviews.findReview(reviewId).orElseThrow(), reviews);
        });
    }

    /**
     * Screens an active member again against the current lists; matches not covered by a remembered
     * dismissal put the membership on hold with a new review.
     */
    public Member rescreen(Actor actor, long memberId) {
        Member before = jdbi.withHandle(handle -> MemberService.existing(handle, memberId));
        ScreeningOutcome outcome = screening.screen(before.fullName(), before.organisation(), before.nationalities());
        return jdbi.inTransaction(handle -> {
            handle.attach(MemberDao.class).lock(memberId);
            Member member = MemberService.existing(handle, memberId);
            Roles roles = Access.rolesOf(handle, actor, member.groupId());
            Access.require(
                    roles.administrator() || roles.has(Role.COMPLIANCE_OFFICER),
                    "only compliance officers and administrators re-screen members");
            if (member.status() != MemberStatus.ACTIVE) {
                throw new ConflictException(
                        "only active members are re-screened; member " + memberId + " is " + member.status());
            }
            ScreeningOutcome open = outcome.without(
                    new HashSet<>(handle.attach(ScreeningDao.class).dismissals(memberId)));
            Instant now = Instants.now(clock);
            audit.append(
                    handle,
                    actor,
                    "screening.rescreened",
                    Subject.of("member", memberId),
                    AuditLog.details(
                            "snapshotHash", outcome.snapshotHash(),
                            "matches", outcome.matches().size(),
                            "dismissedEarlier",
                                    outcome.matches().size() - open.matches().size()));
            if (!open.matches().isEmpty()) {
                ScreeningHold.open(handle, audit, actor, member, open, now);
            }
            return MemberService.existing(handle, memberId);
        });
    }

    private static ScreeningReview assemble(ReviewRow row, ScreeningDao reviews) {
        return new ScreeningReview(
                row.id(),
                row.memberId(),
                row.groupId(),
                row.status(),
                row.snapshotHash(),
                row.listsAsOf(),
                row.createdAt(),
                row.resolvedBy(),
                row.resolvedAt(),
                row.reason(),
                reviews.matches(row.id()));
    }

    /** The officer's user ID; refuses anyone who is not a compliance officer of the group. */
    private static long requireComplianceOfficer(Roles roles) {
        Access.require(
                roles.has(Role.COMPLIANCE_OFFICER), "only the group's compliance officers handle screening reviews");
        return roles.userId();
    }
}
