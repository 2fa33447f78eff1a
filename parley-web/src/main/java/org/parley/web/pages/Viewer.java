package org.parley.web.pages;

import java.time.ZoneId;
import org.parley.core.accounts.User;
import org.parley.core.system.Actor;

/**
 * Who is looking at a page and how they want it shown. Immutable.
 *
 * @param user the signed-in user, or null on a public page seen before signing in
 * @param csrfToken the token every form of the page must send back as {@code _csrf}
 */
public record Viewer(User user, Language language, ZoneId zone, String csrfToken) {

    public boolean signedIn() {
        return user != null;
    }

    /** The signed-in user as the core's actor; only on pages that require signing in. */
    public Actor actor() {
        if (user == null) {
            throw new IllegalStateException("no one is signed in");
        }
        return Actor.user(user.id());
    }
}
