package org.parley.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.lists.ActiveLists;
import org.parley.core.policy.DigestOffers;
import org.parley.rules.DecisionEngine;
import org.parley.rules.regulation.Regulations;
import org.parley.web.audit.AuditApi;
import org.parley.web.auth.AccountApi;
import org.parley.web.auth.Authentication;
import org.parley.web.auth.LoginThrottle;
import org.parley.web.auth.SessionApi;
import org.parley.web.auth.SessionCodec;
import org.parley.web.auth.SignInGate;
import org.parley.web.calendar.CalendarApi;
import org.parley.web.channels.ChannelApi;
import org.parley.web.compliance.ComplianceApi;
import org.parley.web.decisions.DecisionApi;
import org.parley.web.documents.DocumentApi;
import org.parley.web.documents.ReleaseApi;
import org.parley.web.groups.GroupApi;
import org.parley.web.meetings.ActionApi;
import org.parley.web.meetings.AgendaApi;
import org.parley.web.meetings.MeetingApi;
import org.parley.web.meetings.MinutesApi;
import org.parley.web.members.MemberApi;
import org.parley.web.members.ReviewApi;
import org.parley.web.notify.NotificationApi;
import org.parley.web.pages.PageModules;
import org.parley.web.policy.ListDigestApi;
import org.parley.web.policy.PolicyUpdateApi;
import org.parley.web.proposals.ProposalApi;
import org.parley.web.screening.ScreeningApi;
import org.parley.web.system.HealthRoutes;
import org.parley.web.system.OpenApiRoutes;
import org.parley.web.system.RequestMetrics;

/**
 * A complete Parley web node: health and metrics, authentication, the platform API and screening,
 * and the pages, over the platform core. Stateless.
 */
public final class WebNode {

    /** Failed sign-ins allowed per e-mail and address, and per address, in each window. */
    static final int FAILURES_PER_ACCOUNT = 5;

    static final int FAILURES_PER_ADDRESS = 50;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final int THROTTLED_KEYS = 10_000;

    /**
     * What a node needs besides its settings.
     *
     * @param jdbi the database of {@code core}, for reading the audit log
     * @param workflows documents, releases, compliance, calendars and notifications over the same database
     * @param screeningThreshold the default threshold of {@code POST /api/v1/screen}
     * @param healthDetails what {@code /health} reports besides "UP"
     */
    public record Parts(
            ParleyCore core,
            Jdbi jdbi,
            SessionCodec sessions,
            ParleyWorkflows workflows,
            ActiveLists lists,
            double screeningThreshold,
            Clock clock,
            Supplier<? extends Map<String, ?>> healthDetails) {}

    private WebNode() {}

    /** Starts the node; returns once it listens. */
    public static WebServer start(WebSettings settings, Parts parts) {
        RequestMetrics metrics = new RequestMetrics();
        SignInGate gate = signInGate(parts, settings.secureCookies());
        List<RouteModule> modules = new ArrayList<>();
        modules.add(new HealthRoutes(metrics, parts.healthDetails()));
        modules.addAll(apiModules(parts.core(), parts.workflows(), parts.jdbi(), gate, parts.clock()));
        modules.addAll(workflowModules(parts.workflows()));
        modules.add(new ScreeningApi(parts.lists(), parts.screeningThreshold()));
        modules.add(new ListDigestApi(
                parts.lists().store(), new DigestOffers(parts.jdbi(), parts.lists(), parts.screeningThreshold())));
        Regulations regulations = Regulations.load();
        modules.add(new DecisionApi(parts.lists(), regulations, DecisionEngine.DEFAULT_THRESHOLD));
        PageModules pages = new PageModules(parts, gate, regulations);
        modules.addAll(pages.modules());
        return WebServer.start(settings, metrics, modules, pages.errorPage());
    }

    /** Sign-in for the API and the pages, with one set of failure counts per node. */
    static SignInGate signInGate(Parts parts, boolean secureCookies) {
        return new SignInGate(
                parts.core().accounts(),
                parts.sessions(),
                new LoginThrottle(FAILURES_PER_ACCOUNT, THROTTLE_WINDOW, THROTTLED_KEYS, parts.clock()),
                new LoginThrottle(FAILURES_PER_ADDRESS, THROTTLE_WINDOW, THROTTLED_KEYS, parts.clock()),
                secureCookies);
    }

    /** The {@code /api/v1} modules of documents, releases, compliance, calendars and notifications. */
    public static List<RouteModule> workflowModules(ParleyWorkflows workflows) {
        return List.of(
                new DocumentApi(workflows.documents()),
                new ReleaseApi(workflows.releases(), workflows.downloads()),
                new ComplianceApi(workflows.console(), workflows.ledger(), workflows.ownership()),
                new CalendarApi(workflows.calendars(), workflows.calendarLinks(), workflows.meetingPacks()),
                new NotificationApi(workflows.notifications()));
    }

    /** The {@code /api/v1} platform modules, authentication first. */
    public static List<RouteModule> apiModules(
            ParleyCore core, ParleyWorkflows workflows, Jdbi jdbi, SignInGate gate, Clock clock) {
        return List.of(
                new Authentication(core.accounts(), gate),
                new SessionApi(gate),
                new AccountApi(core.accounts()),
                new GroupApi(core.groups()),
                new MemberApi(core.members(), core.substitutions()),
                new ReviewApi(core.screeningReviews()),
                new MeetingApi(core.meetings()),
                new AgendaApi(core.agenda()),
                new MinutesApi(core.minutes()),
                new ActionApi(core.actions(), core.outcomes()),
                new ProposalApi(core.proposals(), core.endorsements()),
                new ChannelApi(core.channels(), core.messages()),
                new PolicyUpdateApi(
                        core.policyUpdates(), core.policyAgenda(), workflows.policyAttachments(), core.groups(), clock),
                new AuditApi(jdbi, core.audit(), core.auditVerifier()),
                new OpenApiRoutes());
    }
}
