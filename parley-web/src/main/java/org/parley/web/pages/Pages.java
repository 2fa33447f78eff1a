package org.parley.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.parley.core.system.DomainException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.parley.web.system.ApiException;

/**
 * What every page handler uses: the viewer of the request, rendering a template into a complete
 * page, and the Post/Redirect/Get flow of forms with a one-time notice. Thread-safe.
 */
public final class Pages {

    /** The request attribute that holds the {@link Viewer}, set by {@link PageGuard}. */
    static final String VIEWER = "parley.viewer";

    /** Scripts and styles only from this origin (no inline code), no framing, forms post only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** HTTP status of a page whose form was sent back for correction. */
    static final int UNPROCESSABLE = 422;

    private final Templates templates = new Templates();
    private final Preferences preferences;
    private final boolean secureCookies;
    private final Clock clock;

    Pages(Preferences preferences, boolean secureCookies, Clock clock) {
        this.preferences = preferences;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    /** A change a form asked for, carried out; where to go next and the notice to show there. */
    public record Done(String location, String messageKey) {}

    /** The work behind one form; a {@link DomainException} sends the viewer back with the reason. */
    @FunctionalInterface
    public interface FormAction {
        Done run(Form form);
    }

    public Viewer viewer(Context ctx) {
        Viewer viewer = ctx.attribute(VIEWER);
        if (viewer == null) {
            // Error pages for unmatched paths: no guard ran, so show them to an anonymous viewer.
            return new Viewer(null, preferences.language(ctx), preferences.zone(ctx), "");
        }
        return viewer;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Renders a complete page titled with the bundle text {@code titleKey} (filled with {@code titleArguments}). */
    public void render(Context ctx, String template, Object view, String titleKey, Object... titleArguments) {
        Viewer viewer = viewer(ctx);
        String title = Texts.of(viewer.language()).format(titleKey, titleArguments);
        Page page = new Page(
                viewer, title, currentPath(ctx), Flash.take(ctx, secureCookies).orElse(null), clock.instant());
        send(ctx, templates.render(template, page, view));
    }

    /**
     * Renders a part of a page without the layout, for htmx to swap in; the template gets the same
     * {@code page} (without a title or notice) and {@code view} parameters as a complete page.
     */
    public void renderFragment(Context ctx, String template, Object view) {
        Page page = new Page(viewer(ctx), "", currentPath(ctx), null, clock.instant());
        send(ctx, templates.render(template, page, view));
    }

    private static void send(Context ctx, String html) {
        ctx.header(Header.CACHE_CONTROL, "no-store")
                .header(Header.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY)
                .header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff")
                .header("Referrer-Policy", "same-origin")
                .contentType("text/html; charset=utf-8")
                .result(html);
    }

    /**
     * Runs a form's action, then redirects (303) to where it says with its success notice; when the
     * platform refuses, redirects back to {@code back} with the refusal and its reason instead.
     */
    public void submit(Context ctx, String back, FormAction action) {
        attempt(ctx, back, action, null, null);
    }

    /**
     * Like {@link #submit(Context, String, FormAction)}, but bad input shows the page again (422) through
     * {@code reshow}, with the form {@code formName} open, its values as typed and each problem next to
     * its field; other refusals go back to {@code back} with a notice.
     */
    public void submit(Context ctx, String back, String formName, FormAction action, Consumer<FormState> reshow) {
        attempt(ctx, back, action, formName, reshow);
    }

    private void attempt(Context ctx, String back, FormAction action, String formName, Consumer<FormState> reshow) {
        Done done;
        try {
            done = action.run(new Form(ctx));
        } catch (ValidationException e) {
            if (reshow == null) {
                Flash.error(refusalKey(e), e.getMessage()).store(ctx, secureCookies);
                redirect(ctx, back);
            } else {
                ctx.status(UNPROCESSABLE);
                reshow.accept(FormState.of(formName, ctx, e));
            }
            return;
        } catch (DomainException e) {
            Flash.error(refusalKey(e), e.getMessage()).store(ctx, secureCookies);
            redirect(ctx, back);
            return;
        } catch (ApiException e) {
            Flash.error(refusalKey(e.status()), e.getMessage()).store(ctx, secureCookies);
            redirect(ctx, back);
            return;
        }
        done(ctx, done);
    }

    /** Redirects (303) to where a completed form says, with its success notice. */
    public void done(Context ctx, Done done) {
        Flash.success(done.messageKey()).store(ctx, secureCookies);
        redirect(ctx, done.location());
    }

    public void redirect(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** A local path to go to after a form or a switch; anything else (another site) becomes {@code /}. */
    public static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }

    static String currentPath(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    private static String refusalKey(DomainException e) {
        return switch (e) {
            case ValidationException invalid -> refusalKey(400);
            case ForbiddenException forbidden -> refusalKey(403);
            case NotFoundException notFound -> refusalKey(404);
            default -> refusalKey(409);
        };
    }

    private static String refusalKey(int status) {
        return switch (status) {
            case 400 -> "refused.invalid";
            case 401 -> "refused.unauthenticated";
            case 403 -> "refused.forbidden";
            case 404 -> "refused.notFound";
            case 429 -> "refused.throttled";
            default -> "refused.conflict";
        };
    }
}
