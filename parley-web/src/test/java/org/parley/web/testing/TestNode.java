package org.parley.web.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Role;
import org.parley.core.actions.ActionService;
import org.parley.core.actions.OutcomeService;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.AuditVerifier;
import org.parley.core.channels.ChannelService;
import org.parley.core.channels.EscalationListener;
import org.parley.core.channels.EscalationScheduler;
import org.parley.core.channels.MessageService;
import org.parley.core.groups.Side;
import org.parley.core.lists.ActiveLists;
import org.parley.core.lists.ListStore;
import org.parley.core.meetings.AgendaService;
import org.parley.core.meetings.MeetingService;
import org.parley.core.meetings.MinutesService;
import org.parley.core.members.Member;
import org.parley.core.members.SubstitutionService;
import org.parley.core.notify.MailSender;
import org.parley.core.policy.PolicyAgendaService;
import org.parley.core.policy.PolicyUpdateService;
import org.parley.core.proposals.EndorsementService;
import org.parley.core.proposals.ProposalService;
import org.parley.core.storage.Database;
import org.parley.core.testing.ExactNameScreener;
import org.parley.core.testing.Scenario;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.lists.ListFiles;
import org.parley.web.WebNode;
import org.parley.web.WebServer;
import org.parley.web.WebSettings;
import org.parley.web.auth.ServerSecret;
import org.parley.web.auth.SessionCodec;

/**
 * A running web node on a random port over a test database, seeded with core's {@link Scenario}: an
 * administrator and a group with a US and a CN side (cap {@value Scenario#CAP} each). Not thread-safe.
 */
public final class TestNode implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@example.org";
    public static final String ADMIN_PASSWORD = "admin password 1";
    /** The password of every account {@link Scenario#user} creates. */
    public static final String PASSWORD = "long enough password";

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    public final Scenario scenario;
    public final ParleyCore core;
    public final ParleyWorkflows workflows;
    /** The node's lists, empty until a test imports list files into their store. */
    public final ActiveLists lists;

    private final WebServer server;

    private static final Regulations REGULATIONS = Regulations.load();

    private TestNode(
            Scenario scenario, ParleyCore core, ParleyWorkflows workflows, ActiveLists lists, WebServer server) {
        this.scenario = scenario;
        this.core = core;
        this.workflows = workflows;
        this.lists = lists;
        this.server = server;
    }

    public static TestNode start(Database database, Path temp) {
        return start(database, temp, false);
    }

    public static TestNode start(Database database, Path temp, boolean secureCookies) {
        return start(
                database, temp, new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_MAX_REQUEST_BYTES, secureCookies));
    }

    public static TestNode start(Database database, Path temp, WebSettings settings) {
        Scenario scenario = new Scenario(database);
        ParleyCore core = core(scenario);
        var lists = new ActiveLists(
                new ListStore(temp.resolve("lists"), scenario.clock, ListFiles::read), ExactNameScreener::new);
        ParleyWorkflows workflows = ParleyWorkflows.create(
                database,
                scenario.clock,
                scenario.audit,
                scenario::screener,
                scenario.reviews,
                new ParleyWorkflows.Settings(REGULATIONS, 0.9, MailSender.NONE, "parley.test"));
        var parts = new WebNode.Parts(
                core,
                scenario.database.jdbi(),
                new SessionCodec(ServerSecret.random(), scenario.clock, SESSION_LIFETIME),
                workflows,
                lists,
                0.9,
                scenario.clock,
                () -> Map.of("node", "test"));
        return new TestNode(scenario, core, workflows, lists, WebNode.start(settings, parts));
    }

    /** The scenario's services (so that its list updates reach the member screening), plus the rest. */
    private static ParleyCore core(Scenario scenario) {
        Jdbi jdbi = scenario.database.jdbi();
        AuditLog audit = scenario.audit;
        return new ParleyCore(
                scenario.accounts,
                scenario.groups,
                scenario.members,
                new SubstitutionService(jdbi, scenario.clock, audit),
                scenario.reviews,
                new MeetingService(jdbi, scenario.clock, audit),
                new AgendaService(jdbi, audit),
                new MinutesService(jdbi, scenario.clock, audit),
                new ActionService(jdbi, scenario.clock, audit),
                new OutcomeService(jdbi, scenario.clock, audit),
                new ProposalService(jdbi, scenario.clock, audit),
                new EndorsementService(jdbi, scenario.clock, audit),
                new ChannelService(jdbi, scenario.clock, audit),
                new MessageService(jdbi, scenario.clock, audit),
                new EscalationScheduler(jdbi, scenario.clock, audit, EscalationListener.NONE),
                new PolicyUpdateService(jdbi, scenario.clock, audit),
                new PolicyAgendaService(jdbi, scenario.clock, audit),
                audit,
                new AuditVerifier(jdbi));
    }

    public WebServer server() {
        return server;
    }

    /** A client without credentials, with its own cookie jar. */
    public ApiClient client() {
        return new ApiClient(server.port());
    }

    public ApiClient admin() {
        return client().signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Seats a new person with their own account and returns a client signed in as them. */
    public Seated seat(Side side, Role role, String name) {
        Member member = scenario.seat(side, role, name);
        String email = core.accounts().user(member.userId()).email();
        return new Seated(member, client().signIn(email, PASSWORD));
    }

    /** A seated member and a client signed in as that member. */
    public record Seated(Member member, ApiClient client) {}

    @Override
    public void close() {
        server.close();
    }
}
