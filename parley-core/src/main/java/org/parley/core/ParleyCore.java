package org.parley.core;

import java.time.Clock;
import java.util.function.Supplier;
import org.parley.core.accounts.AccountService;
import org.parley.core.actions.ActionService;
import org.parley.core.actions.OutcomeService;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.channels.ChannelService;
import org.parley.core.channels.EscalationListener;
import org.parley.core.channels.EscalationScheduler;
import org.parley.core.channels.MessageService;
import org.parley.core.groups.GroupService;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.MinutesService;
import org.parley.core.members.MemberScreening;
import org.parley.core.members.MemberService;
import org.parley.core.members.ScreeningReviewService;
import org.parley.core.members.SubstitutionService;
import org.parley.core.policy.PolicyAgendaService;
import org.parley.core.policy.PolicyUpdateService;
import org.parley.core.proposals.EndorsementService;
import org.parley.core.proposals.ProposalService;
import org.parley.core.storage.Database;
import org.parley.screening.Screener;

/**
 * The platform's services wired to one database, clock and screener: what the web layer and the CLI
 * call. Thread-safe; create one per process.
 *
 * @param screener the current screener; a list update swaps what it returns
 * @param screeningThreshold the score at or above which a new member is held for review
 */
public record ParleyCore(
        AccountService accounts,
        GroupService groups,
        MemberService members,
        SubstitutionService substitutions,
        ScreeningReviewService screeningReviews,
        MeetingService meetings,
        AgendaService agenda,
        MinutesService minutes,
        ActionService actions,
        OutcomeService outcomes,
        ProposalService proposals,
        EndorsementService endorsements,
        ChannelService channels,
        MessageService messages,
        EscalationScheduler escalations,
        PolicyUpdateService policyUpdates,
        PolicyAgendaService policyAgenda,
        AuditLog audit,
        AuditVerifier auditVerifier) {

    public static ParleyCore create(
            Database database,
            Clock clock,
            Supplier<Screener> screener,
            double screeningThreshold,
            EscalationListener escalationListener) {
        var jdbi = database.jdbi();
        AuditLog audit = new AuditLog(clock);
        MemberScreening screening = new MemberScreening(screener, screeningThreshold);
        return new ParleyCore(
                new AccountService(jdbi, clock, audit),
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
                new ChannelService(jdbi, clock, audit),
                new MessageService(jdbi, clock, audit),
                new EscalationScheduler(jdbi, clock, audit, escalationListener),
                new PolicyUpdateService(jdbi, clock, audit),
                new PolicyAgendaService(jdbi, clock, audit),
                audit,
                new AuditVerifier(jdbi));
    }
}
