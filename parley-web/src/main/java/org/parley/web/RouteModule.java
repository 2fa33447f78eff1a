package org.parley.web;

import io.javalin.config.RoutesConfig;

/** The HTTP routes of one feature; the server registers every module at start-up. */
@FunctionalInterface
public interface RouteModule {
    void register(RoutesConfig routes);
}
