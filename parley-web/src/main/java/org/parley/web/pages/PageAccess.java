package org.parley.web.pages;

import io.javalin.security.RouteRole;

/** Marks page routes: those anyone may open, and those that need a signed-in user. */
public enum PageAccess implements RouteRole {
    PUBLIC,
    SIGNED_IN
}
