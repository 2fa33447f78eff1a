package org.parley.web.pages.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.ParleyCore;
import org.parley.core.system.ForbiddenException;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;

/** Administrators create sign-in accounts ({@code /admin/users}); members are then linked to them. Thread-safe. */
public final class AccountPages implements RouteModule {

    private final ParleyCore core;
    private final Pages pages;

    public AccountPages(ParleyCore core, Pages pages) {
        this.core = core;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/users", this::form, PageAccess.SIGNED_IN);
        routes.post("/admin/users", this::create, PageAccess.SIGNED_IN);
    }

    private void form(Context ctx) {
        if (!pages.viewer(ctx).user().admin()) {
            throw new ForbiddenException("only administrators create accounts");
        }
        pages.render(ctx, "home/users.jte", null, "users.title");
    }

    private void create(Context ctx) {
        pages.submit(ctx, "/admin/users", form -> {
            core.accounts()
                    .createUser(
                            pages.viewer(ctx).actor(),
                            form.text("email"),
                            form.text("displayName"),
                            form.rawText("password"),
                            form.checked("admin"));
            return new Pages.Done("/admin/users", "flash.accountCreated");
        });
    }
}
