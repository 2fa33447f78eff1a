package org.parley.core.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditEvent;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.proposals.ProposalDao.ProposalRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;

/**
 * Drafting, revising, submitting and withdrawing proposals, and comments on them. Sides decide in
 * {@link EndorsementService}. Thread-safe.
 */
public final class ProposalService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public ProposalService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Starts a draft (version 1); any member but an observer may. */
    public Proposal draft(
            Actor actor, long groupId, String title, Map<String, String> texts, String authoritativeLanguage) {
        FieldChecks checks = new FieldChecks().text("title", title, 300);
        ProposalRepository.checkTexts(checks, texts, authoritativeLanguage);
        checks.orThrow();
        return jdbi.inTransaction(handle -> {
            Roles roles = Access.rolesOf(handle, actor, groupId);
            Access.require(
                    roles.seats().stream().anyMatch(seat -> seat.role() != Role.OBSERVER),
                    "only members other than observers draft proposals");
            Instant now = Instants.now(clock);
            ProposalDao proposals = handle.attach(ProposalDao.class);
            long id = proposals.insert(groupId, title.strip(), authoritativeLanguage, roles.userId(), now);
            ProposalRepository.writeVersion(handle, id, 1, texts, now);
            audit.append(
                    handle,
                    actor,
                    "proposal.drafted",
                    Subject.of("proposal", id),
                    AuditLog.details(
                            "groupId",
                            groupId,
                            "title",
                            title.strip(),
                            "authoritativeLanguage",
                            authoritativeLanguage,
                            "texts",
                            texts));
            return ProposalRepository.load(handle, id);
        });
    }

    /** Writes a new version; endorsements of earlier versions no longer count. */
    public Proposal revise(Actor actor, long proposalId, Map<String, String> texts, String authoritativeLanguage) {
        FieldChecks checks = new FieldChecks();
        ProposalRepository.checkTexts(checks, texts, authoritativeLanguage);
        checks.orThrow();
        return jdbi.inTransaction(handle -> {
            ProposalRow row = ProposalRepository.lockOpen(handle, proposalId);
            requireAuthorOrManager(Access.rolesOf(handle, actor, row.groupId()), row);
            int version = row.currentVersion() + 1;
            ProposalRepository.writeVersion(handle, proposalId, version, texts, Instants.now(clock));
            handle.attach(ProposalDao.class).newVersion(proposalId, version, authoritativeLanguage);
            audit.append(
                    handle,
                    actor,
                    "proposal.revised",
                    Subject.of("proposal", proposalId),
                    AuditLog.details(
                            "version", version, "authoritativeLanguage", authoritativeLanguage, "texts", texts));
            return ProposalRepository.load(handle, proposalId);
        });
    }

    /** Puts a draft before the sides for endorsement. */
    public Proposal submit(Actor actor, long proposalId) {
        return changeStatus(actor, proposalId, ProposalStatus.UNDER_ENDORSEMENT, null);
    }

    public Proposal withdraw(Actor actor, long proposalId, String reason) {
        new FieldChecks().text("reason", reason, 2000).orThrow();
        return changeStatus(actor, proposalId, ProposalStatus.WITHDRAWN, reason);
    }

    private Proposal changeStatus(Actor actor, long proposalId, ProposalStatus target, String reason) {
        return jdbi.inTransaction(handle -> {
            ProposalRow row = ProposalRepository.lockOpen(handle, proposalId);
            requireAuthorOrManager(Access.rolesOf(handle, actor, row.groupId()), row);
            if (target == ProposalStatus.UNDER_ENDORSEMENT && row.status() != ProposalStatus.DRAFT) {
                throw new ConflictException("proposal " + proposalId + " is already " + row.status());
            }
            Instant closedAt = target.open() ? null : Instants.now(clock);
            handle.attach(ProposalDao.class).updateStatus(proposalId, target, closedAt);
            audit.append(
                    handle,
                    actor,
                    "proposal.status-changed",
                    Subject.of("proposal", proposalId),
                    AuditLog.details("from", row.status(), "to", target, "reason", reason));
            return ProposalRepository.load(handle, proposalId);
        });
    }

    public Comment comment(Actor actor, long proposalId, String body) {
        new FieldChecks().text("body", body, 100_000).orThrow();
        return jdbi.inTransaction(handle -> {
            Proposal proposal = ProposalRepository.load(handle, proposalId);
            Roles roles = Access.rolesOf(handle, actor, proposal.groupId());
            Access.require(roles.isMember(), "only members of the group comment on its proposals");
            ProposalDao proposals = handle.attach(ProposalDao.class);
            long id = proposals.insertComment(
                    proposalId, proposal.currentVersion(), roles.userId(), body, Instants.now(clock));
            audit.append(
                    handle,
                    actor,
                    "proposal.commented",
                    Subject.of("proposal", proposalId),
                    AuditLog.details("commentId", id, "version", proposal.currentVersion(), "body", body));
            return proposals.comments(proposalId).stream()
                    .filter(comment -> comment.id() == id)
                    .findFirst()
                    .orElseThrow();
        });
    }

    public Proposal proposal(Actor actor, long proposalId) {
        return jdbi.withHandle(handle -> {
            Proposal proposal = ProposalRepository.load(handle, proposalId);
            Access.readable(handle, actor, proposal.groupId());
            return proposal;
        });
    }

    /** One version's texts per language, e.g. to compare versions. */
    public Map<String, String> texts(Actor actor, long proposalId, int version) {
        return jdbi.withHandle(handle -> {
            Access.readable(
                    handle, actor, ProposalRepository.load(handle, proposalId).groupId());
            return Map.copyOf(handle.attach(ProposalDao.class).texts(proposalId, version).stream()
                    .collect(Collectors.toMap(ProposalDao.TextRow::language, ProposalDao.TextRow::body)));
        });
    }

    public List<Proposal> proposals(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return ProposalRepository.ofGroup(handle, groupId);
        });
    }

    public List<Comment> comments(Actor actor, long proposalId) {
        return jdbi.withHandle(handle -> {
            Access.readable(
                    handle, actor, ProposalRepository.load(handle, proposalId).groupId());
            return handle.attach(ProposalDao.class).comments(proposalId);
        });
    }

    /** What happened to the proposal, oldest first: drafts, revisions, submissions, endorsements, comments. */
    public List<AuditEvent> history(Actor actor, long proposalId) {
        return jdbi.withHandle(handle -> {
            Access.readable(
                    handle, actor, ProposalRepository.load(handle, proposalId).groupId());
            return audit.eventsFor(handle, Subject.of("proposal", proposalId));
        });
    }

    private static void requireAuthorOrManager(Roles roles, ProposalRow row) {
        Access.require(
                Long.valueOf(row.createdBy()).equals(roles.userId()) || roles.managesGroup(),
                "only the author, the secretariat, co-chairs and administrators change a proposal");
    }
}
