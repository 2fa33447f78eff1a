package org.parley.web.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One row of the access table: a route as the node registers it, who may use it, and the request the
 * matrix sends. Path parameters are filled from the fixture by name unless {@link #target} names
 * another fixture object (e.g. the member to remove); bodies may hold {@code {name}} placeholders too.
 * Immutable.
 *
 * @param query appended to the path (e.g. an upload's file name), or empty
 * @param notFoundPasses the object may not be there (no list digest without two imports, a link the
 *     first allowed caller removed), so a 404 shows the caller got past the access checks
 */
record AccessRow(
        String method,
        String path,
        Set<Who> allowed,
        RequestBody body,
        Map<String, String> targets,
        boolean notFoundPasses,
        String query) {

    AccessRow {
        allowed = Set.copyOf(allowed);
        targets = Map.copyOf(targets);
    }

    static AccessRow get(String path, Set<Who> allowed) {
        return new AccessRow("GET", path, allowed, RequestBody.NONE, Map.of(), false, "");
    }

    static AccessRow post(String path, Set<Who> allowed, RequestBody body) {
        return new AccessRow("POST", path, allowed, body, Map.of(), false, "");
    }

    static AccessRow put(String path, Set<Who> allowed, RequestBody body) {
        return new AccessRow("PUT", path, allowed, body, Map.of(), false, "");
    }

    static AccessRow delete(String path, Set<Who> allowed) {
        return new AccessRow("DELETE", path, allowed, RequestBody.NONE, Map.of(), false, "");
    }

    /** Fills path parameter {@code parameter} with the fixture object {@code fixtureName} instead. */
    AccessRow target(String parameter, String fixtureName) {
        Map<String, String> more = new HashMap<>(targets);
        more.put(parameter, fixtureName);
        return new AccessRow(method, path, allowed, body, more, notFoundPasses, query);
    }

    AccessRow mayBeGone() {
        return new AccessRow(method, path, allowed, body, targets, true, query);
    }

    AccessRow query(String text) {
        return new AccessRow(method, path, allowed, body, targets, notFoundPasses, text);
    }

    String route() {
        return method + " " + path;
    }

    /** The path with every {@code {parameter}} replaced by its fixture identifier. */
    String concretePath(Map<String, String> ids) {
        Map<String, String> values = new HashMap<>(ids);
        targets.forEach((parameter, fixtureName) -> values.put(parameter, ids.get(fixtureName)));
        return Placeholders.fill(path, values) + (query.isEmpty() ? "" : "?" + query);
    }
}
