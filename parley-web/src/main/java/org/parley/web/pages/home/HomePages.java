package org.parley.web.pages.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.parley.core.ParleyCore;
import org.parley.core.members.Member;
import org.parley.core.system.Actor;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.auth.Principal;
import org.parley.web.auth.SignInGate;
import org.parley.web.pages.Language;
import org.parley.web.pages.Memberships;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.pages.Preferences;

/**
 * Signing in and out, the language switch and the viewer's preferences. At sign-in, a viewer who
 * has not chosen yet gets the language of their membership record and the time zone their browser
 * reports (else their membership's). Thread-safe.
 */
public final class HomePages implements RouteModule {

    private final ParleyCore core;
    private final SignInGate gate;
    private final Pages pages;
    private final Preferences preferences;

    public HomePages(ParleyCore core, SignInGate gate, Pages pages, Preferences preferences) {
        this.core = core;
        this.gate = gate;
        this.pages = pages;
        this.preferences = preferences;
    }

    /** The sign-in form's model: where to go once signed in. */
    public record SignInView(String next) {}

    /** The preferences form's model. */
    public record PreferencesView(List<Language> languages, List<String> zones) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/sign-in", this::signInForm, PageAccess.PUBLIC);
        routes.post("/sign-in", this::signIn, PageAccess.PUBLIC);
        routes.post("/sign-out", this::signOut, PageAccess.SIGNED_IN);
        routes.get("/language/{tag}", this::switchLanguage, PageAccess.PUBLIC);
        routes.get("/preferences", this::preferencesForm, PageAccess.SIGNED_IN);
        routes.post("/preferences", this::savePreferences, PageAccess.SIGNED_IN);
    }

    private void signInForm(Context ctx) {
        String next = Pages.localPath(ctx.queryParam("next"));
        if (gate.current(ctx).isPresent()) {
            pages.redirect(ctx, next);
            return;
        }
        pages.render(ctx, "home/signin.jte", new SignInView(next), "signin.title");
    }

    private void signIn(Context ctx) {
        String next = Pages.localPath(ctx.formParam("next"));
        pages.submit(ctx, "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), form -> {
            String email = form.text("email");
            String password = form.rawText("password");
            if (email == null || password == null || password.isEmpty()) {
                throw ValidationException.of(email == null ? "email" : "password", "is required");
            }
            Principal principal = gate.signIn(ctx, email, password);
            adoptMembershipPreferences(ctx, principal, form.text("timeZone"));
            return new Pages.Done(next, "flash.signedIn");
        });
    }

    private void adoptMembershipPreferences(Context ctx, Principal principal, String browserZone) {
        List<Member> memberships = Memberships.of(core, (Actor.UserActor) principal.actor());
        if (preferences.chosenLanguage(ctx).isEmpty()) {
            memberships.stream()
                    .flatMap(member -> Language.fromTag(member.preferredLanguage()).stream())
                    .findFirst()
                    .ifPresent(language -> preferences.setLanguage(ctx, language));
        }
        if (preferences.chosenZone(ctx).isEmpty()) {
            Preferences.parseZone(browserZone)
                    .or(() -> memberships.stream()
                            .flatMap(member -> Preferences.parseZone(member.timeZone()).stream())
                            .findFirst())
                    .ifPresent(zone -> preferences.setZone(ctx, zone));
        }
    }

    private void signOut(Context ctx) {
        pages.submit(ctx, "/", form -> {
            gate.signOut(ctx);
            return new Pages.Done("/sign-in", "flash.signedOut");
        });
    }

    private void switchLanguage(Context ctx) {
        Language.fromTag(ctx.pathParam("tag")).ifPresent(language -> preferences.setLanguage(ctx, language));
        pages.redirect(ctx, Pages.localPath(ctx.queryParam("back")));
    }

    private void preferencesForm(Context ctx) {
        pages.render(
                ctx,
                "home/preferences.jte",
                new PreferencesView(Language.all(), Preferences.selectableZones()),
                "preferences.title");
    }

    private void savePreferences(Context ctx) {
        pages.submit(ctx, "/preferences", form -> {
            Language language = Language.fromTag(form.text("language"))
                    .orElseThrow(() -> ValidationException.of("language", "is not a language of the pages"));
            ZoneId zone = Preferences.parseZone(form.text("timeZone"))
                    .orElseThrow(() -> ValidationException.of("timeZone", "is not an IANA time zone"));
            preferences.setLanguage(ctx, language);
            preferences.setZone(ctx, zone);
            return new Pages.Done("/preferences", "flash.preferencesSaved");
        });
    }
}
