package org.parley.core.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Roles;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.groups.GroupDao;
import org.parley.core.groups.Side;
import org.parley.core.proposals.ProposalDao.ProposalRow;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.FieldChecks;
import org.parley.core.system.Instants;

/**
 * Each side's decision on a proposal under endorsement: it is adopted when every side has endorsed
 * the current version, and rejected as soon as one side rejects it. A side's leaders (co-chair or
 * head of delegation) decide for it. Thread-safe.
 */
public final class EndorsementService {

    private static final String ENDORSED = "ENDORSED";
    private static final String REJECTED = "REJECTED";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    public EndorsementService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Endorses {@code version} for the side; naming the version guards against endorsing a text that
     * was revised in the meantime.
     */
    public Proposal endorse(Actor actor, long proposalId, long sideId, int version) {
        return decide(actor, proposalId, sideId, version, ENDORSED, "");
    }

    public Proposal reject(Actor actor, long proposalId, long sideId, int version, String reason) {
        new FieldChecks().text("reason", reason, 2000).orThrow();
        return decide(actor, proposalId, sideId, version, REJECTED, reason);
    }

    private Proposal decide(Actor actor, long proposalId, long sideId, int version, String decision, String reason) {
        return jdbi.inTransaction(handle -> {
            ProposalRow row = ProposalRepository.lockOpen(handle, proposalId);
            Roles roles = Access.rolesOf(handle, actor, row.groupId());
            Access.require(roles.leads(sideId), "only the side's co-chair or head of delegation decides for it");
            if (row.status() != ProposalStatus.UNDER_ENDORSEMENT) {
                throw new ConflictException("proposal " + proposalId + " is not under endorsement");
            }
            if (row.currentVersion() != version) {
                throw new ConflictException(
                        "version " + version + " is outdated; the proposal is at version " + row.currentVersion());
            }
            ProposalDao proposals = handle.attach(ProposalDao.class);
            if (proposals.endorsingSides(proposalId, version).contains(sideId)) {
                throw new ConflictException("side " + sideId + " already endorsed version " + version);
            }
            Instant now = Instants.now(clock);
            proposals.insertDecision(proposalId, sideId, version, decision, roles.userId(), now, reason);
            audit.append(
                    handle,
                    actor,
                    "proposal." + (decision.equals(ENDORSED) ? "endorsed" : "rejected"),
                    Subject.of("proposal", proposalId),
                    AuditLog.details("sideId", sideId, "version", version, "reason", reason));
            ProposalStatus outcome = decision.equals(REJECTED)
                    ? ProposalStatus.REJECTED
                    : proposals.endorsingSides(proposalId, version).containsAll(sides(handle, row.groupId()))
                            ? ProposalStatus.ADOPTED
                            : ProposalStatus.UNDER_ENDORSEMENT;
            if (outcome != ProposalStatus.UNDER_ENDORSEMENT) {
                proposals.updateStatus(proposalId, outcome, now);
                audit.append(
                        handle,
                        actor,
                        "proposal.status-changed",
                        Subject.of("proposal", proposalId),
                        AuditLog.details("from", row.status(), "to", outcome, "version", version));
            }
            return ProposalRepository.load(handle, proposalId);
        });
    }

    private static Set<Long> sides(Handle handle, long groupId) {
        return handle.attach(GroupDao.class).sides(groupId).stream()
                .map(Side::id)
                .collect(Collectors.toSet());
    }
}
