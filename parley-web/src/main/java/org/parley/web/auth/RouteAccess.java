package org.parley.web.auth;

import io.javalin.security.RouteRole;

/** Marks API routes that answer without signing in (sign-in itself, the API description). */
public enum RouteAccess implements RouteRole {
    PUBLIC
}
