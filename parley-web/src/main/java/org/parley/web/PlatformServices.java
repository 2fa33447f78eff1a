package org.parley.web;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.accounts.AccountService;
import org.parley.core.accounts.PasswordHasher;
import org.parley.core.actions.ActionService;
import org.parley.core.actions.OutcomeService;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.groups.GroupService;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.MinutesService;
import org.parley.core.members.MemberScreening;
import org.parley.core.members.MemberService;
import org.parley.core.members.ScreeningReviewService;
import org.parley.core.members.SubstitutionService;
import org.parley.core.proposals.EndorsementService;
import org.parley.core.proposals.ProposalService;

/** The platform services one web node calls, all over the same database and clock. Immutable, thread-safe. */
public record PlatformServices(
        Jdbi jdbi,
        AuditLog audit,
        AccountService accounts,
        GroupService groups,
        MemberService members,
        SubstitutionService substitutions,
        ScreeningReviewService reviews,
        MeetingService meetings,
        AgendaService agenda,
        MinutesService minutes,
        ActionService actions,
        OutcomeService outcomes,
        ProposalService proposals,
        EndorsementService endorsements,
        AuditVerifier auditVerifier) {

    /**
     * Wires every service.
     *
     * @param screening screens new and re-screened members against the node's current lists
     */
    public static PlatformServices create(Jdbi jdbi, Clock clock, PasswordHasher passwords, MemberScreening screening) {
        AuditLog audit = new AuditLog(clock);
        return new PlatformServices(
                jdbi,
                audit,
                new AccountService(jdbi, clock, audit, passwords),
                new GroupService(jdbi, clock, audit),
                new MemberService(jdbi, clock, audit, screening),
                new SubstitutionService(jdbi, clock, audit),
                new ScreeningReviewService(jdbi, clock, audit, screening),
                new MeetingService(jdbi, clock, audit),
                new AgendaService(jdbi, audit),
                new MinutesService(jdbi, clock, audit),
                new ActionService(jdbi, clock, audit),
                new OutcomeService(jdbi, clock, audit),
                new ProposalService(jdbi, clock, audit),
                new EndorsementService(jdbi, clock, audit),
                new AuditVerifier(jdbi));
    }
}
