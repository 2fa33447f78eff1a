package org.parley.web.pages;

import org.parley.web.system.ErrorPage;

/**
 * A failure shown as a page: the HTTP status and the platform's reason. Immutable.
 *
 * @param messageKey the bundle text that says what kind of failure it is
 */
public record ErrorView(int status, String messageKey, String detail) {

    /** The {@link ErrorPage} of the pages: renders {@code error.jte} with the status. */
    static ErrorPage page(Pages pages) {
        return (ctx, status, message) -> {
            ctx.status(status);
            pages.render(ctx, "error.jte", new ErrorView(status, keyOf(status), message), keyOf(status));
        };
    }

    private static String keyOf(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 409 -> "error.conflict";
            case 413 -> "error.tooLarge";
            case 429 -> "error.throttled";
            default -> status < 500 ? "error.badRequest" : "error.internal";
        };
    }
}
