package org.parley.web.pages.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.ParleyCore;
import org.parley.core.system.Actor;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;

/** {@code GET /}: the dashboard, gathered group by group from the platform services. Thread-safe. */
public final class DashboardPages implements RouteModule {

    private final DashboardReader reader;
    private final Pages pages;

    public DashboardPages(ParleyCore core, Pages pages) {
        this.reader = new DashboardReader(core);
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::dashboard, PageAccess.SIGNED_IN);
    }

    private void dashboard(Context ctx) {
        Actor actor = pages.viewer(ctx).actor();
        pages.render(
                ctx,
                "home/dashboard.jte",
                reader.read(actor, pages.now(), pages.viewer(ctx).user().admin()),
                "dashboard.title");
    }
}
