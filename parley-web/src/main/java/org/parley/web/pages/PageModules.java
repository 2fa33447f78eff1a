package org.parley.web.pages;

import java.util.List;
import org.parley.core.policy.DigestOffers;
import org.parley.rules.regulation.Regulations;
import org.parley.web.RouteModule;
import org.parley.web.WebNode;
import org.parley.web.auth.SignInGate;
import org.parley.web.pages.channels.ChannelPages;
import org.parley.web.pages.compliance.CompliancePages;
import org.parley.web.pages.documents.DocumentPages;
import org.parley.web.pages.groups.GroupFormPages;
import org.parley.web.pages.groups.GroupPages;
import org.parley.web.pages.home.AccountPages;
import org.parley.web.pages.home.DashboardPages;
import org.parley.web.pages.home.HomePages;
import org.parley.web.pages.meetings.MeetingFormPages;
import org.parley.web.pages.meetings.MeetingPages;
import org.parley.web.pages.policy.DigestPages;
import org.parley.web.pages.policy.PolicyFeedPages;
import org.parley.web.pages.policy.PolicyFormPages;
import org.parley.web.pages.proposals.ProposalPages;
import org.parley.web.system.ErrorPage;

/** The server-rendered pages of a web node, wired from its parts: the guard first, then each feature. */
public final class PageModules {

    private final WebNode.Parts parts;
    private final SignInGate gate;
    private final Preferences preferences;
    private final Pages pages;
    private final Regulations regulations;

    /** The pages of a node; {@code regulations} are the EAR tables the console's decisions apply. */
    public PageModules(WebNode.Parts parts, SignInGate gate, Regulations regulations) {
        this.parts = parts;
        this.regulations = regulations;
        this.gate = gate;
        this.preferences = new Preferences(gate.secureCookies());
        this.pages = new Pages(preferences, gate.secureCookies(), parts.clock());
    }

    public List<RouteModule> modules() {
        var core = parts.core();
        var digestOffers = new DigestOffers(parts.jdbi(), parts.lists(), parts.screeningThreshold());
        var groupPages = new GroupPages(core, parts.workflows(), pages);
        var meetingPages = new MeetingPages(core, pages);
        return List.of(
                new PageGuard(gate, preferences),
                new HomePages(core, gate, pages, preferences),
                new AccountPages(core, pages),
                new DashboardPages(core, pages),
                groupPages,
                new GroupFormPages(core, groupPages, pages),
                new DocumentPages(core, parts.workflows(), pages),
                meetingPages,
                new MeetingFormPages(core, meetingPages, pages),
                new ProposalPages(core, pages),
                new ChannelPages(core, pages),
                new CompliancePages(
                        core,
                        parts.workflows().ledger(),
                        parts.lists(),
                        parts.screeningThreshold(),
                        regulations,
                        pages),
                new PolicyFeedPages(core, parts.workflows().policyAttachments(), pages),
                new PolicyFormPages(core, digestOffers, pages),
                new DigestPages(
                        core,
                        parts.lists().store(),
                        digestOffers,
                        parts.workflows().rescreen(),
                        pages));
    }

    /** Shows failures of page requests as pages in the viewer's language. */
    public ErrorPage errorPage() {
        return ErrorView.page(pages);
    }
}
