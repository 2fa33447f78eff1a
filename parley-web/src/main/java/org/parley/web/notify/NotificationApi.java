package org.parley.web.notify;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import org.parley.core.notify.NotificationKind;
import org.parley.core.notify.NotificationService;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/** The signed-in user's in-app notifications and their e-mail / in-app choices per kind. Thread-safe. */
public final class NotificationApi implements RouteModule {

    private final NotificationService notifications;

    public NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Body of {@code PUT /api/v1/notification-preferences/{kind}}. */
    public record PreferenceBody(Boolean byEmail, Boolean inApp) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/notifications",
                ctx -> ctx.json(notifications.notifications(actor(ctx), "true".equals(ctx.queryParam("unread")))));
        routes.post("/api/v1/notifications/{notificationId}/read", ctx -> {
            notifications.markRead(actor(ctx), Requests.id(ctx, "notificationId"));
            ctx.status(204);
        });
        routes.get("/api/v1/notification-preferences", ctx -> ctx.json(notifications.preferences(actor(ctx))));
        routes.put("/api/v1/notification-preferences/{kind}", this::setPreference);
    }

    private void setPreference(Context ctx) {
        PreferenceBody body = Requests.body(ctx, PreferenceBody.class);
        NotificationKind kind;
        try {
            kind = NotificationKind.valueOf(ctx.pathParam("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("kind", "unknown notification kind '" + ctx.pathParam("kind") + "'");
        }
        ctx.json(notifications.setPreference(
                actor(ctx), kind, !Boolean.FALSE.equals(body.byEmail()), !Boolean.FALSE.equals(body.inApp())));
    }
}
